using System.Data;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Api.Data;

/// <summary>Opens read-only connections to the published database. The API never writes it.</summary>
public sealed class Db(DataPaths paths)
{
    readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = paths.DatabasePath,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
    }.ToString();

    public async Task<IDbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    public IDbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
