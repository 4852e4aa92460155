using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Storage;

/// <summary>
/// Inserts many rows through one prepared statement whose parameters are rebound per row: the import writes
/// tens of thousands of rows for a large report, and preparing a statement per row (as a per-row Execute does)
/// costs more than the insert itself.
/// </summary>
internal static class BulkInsert
{
    public static void Rows<T>(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns,
        IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            var v = values(row);
            for (int i = 0; i < parameters.Length; i++) parameters[i].Value = v[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    static string Quote(string column) => $"\"{column}\"";
}
