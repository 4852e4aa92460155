using System.Data;
using LuchengReport.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LuchengReport.Api.Tests.Robustness;

/// <summary>
/// The API's connections are opened read-only, so even a statement that somehow reached SQLite could not change the
/// published data: SQLite itself refuses it (error 8, SQLITE_READONLY), and the file keeps its bytes.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReadOnlyDatabaseTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("INSERT INTO meta (key, value) VALUES ('x', 'y')")]
    [InlineData("UPDATE paragraphs SET text = '' WHERE id = 'lucheng-2021-p1'")]
    [InlineData("DELETE FROM reports")]
    [InlineData("CREATE TABLE intruder (x)")]
    [InlineData("DROP TABLE sections")]
    [InlineData("PRAGMA user_version = 99")]
    [InlineData("INSERT INTO paragraph_search (paragraph_search) VALUES ('rebuild')")]
    public async Task A_write_through_the_apis_connection_is_refused_by_sqlite(string sql)
    {
        var db = fixture.Services.GetRequiredService<Db>(); // starts the API, which builds the database
        var before = await File.ReadAllBytesAsync(fixture.DatabasePath);
        using (var connection = await db.OpenAsync(CancellationToken.None))
        {
            using var command = ((SqliteConnection)connection).CreateCommand();
            command.CommandText = sql;
            var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
            Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
        }
        Assert.Equal(before, await File.ReadAllBytesAsync(fixture.DatabasePath));
    }

    [Fact]
    public void The_apis_connection_cannot_attach_a_writable_file_either()
    {
        var other = Path.Combine(fixture.Folder, $"attached-{Guid.NewGuid():N}.db");
        using var connection = fixture.Services.GetRequiredService<Db>().Open();
        using var command = ((SqliteConnection)connection).CreateCommand();
        command.CommandText = $"ATTACH DATABASE '{other}' AS other; CREATE TABLE other.intruder (x);";
        Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
        Assert.Equal(ConnectionState.Open, connection.State);
    }
}
