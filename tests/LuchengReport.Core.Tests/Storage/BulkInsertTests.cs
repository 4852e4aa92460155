using LuchengReport.Core.Storage;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Tests.Storage;

/// <summary>The bulk writer stores each value as Microsoft.Data.Sqlite would, and fails loudly on anything else.</summary>
public class BulkInsertTests
{
    static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (a, b, c, d, e, f)";
        create.ExecuteNonQuery();
        return connection;
    }

    static List<string> Read(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i).ToString())));
        return rows;
    }

    [Fact]
    public void Values_keep_their_storage_class_and_value_through_the_transaction()
    {
        using var connection = Open();
        using (var transaction = connection.BeginTransaction())
        {
            BulkInsert.Rows(connection, transaction, "t", ["a", "b", "c", "d", "e", "f"],
                [("温州市鹿城区", 62, 9_000_000_000L, 1172.32, true, (string?)null), ("", -1, 0L, 0.1, false, (string?)null)],
                r => [r.Item1, r.Item2, r.Item3, r.Item4, r.Item5, r.Item6]);
            transaction.Commit();
        }
        Assert.Equal(["text|integer|integer|real|integer|null", "text|integer|integer|real|integer|null"],
            Read(connection, "SELECT typeof(a), typeof(b), typeof(c), typeof(d), typeof(e), typeof(f) FROM t"));
        Assert.Equal(["温州市鹿城区|62|9000000000|1172.32|1|∅", "|-1|0|0.1|0|∅"], Read(connection, "SELECT * FROM t"));
    }

    [Fact]
    public void A_type_it_does_not_bind_is_an_error_not_a_silent_conversion()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var error = Assert.Throws<NotSupportedException>(() =>
            BulkInsert.Rows(connection, transaction, "t", ["a", "b", "c", "d", "e", "f"], [1.5m], d => [d, null, null, null, null, null]));
        Assert.Contains("Decimal", error.Message);
    }

    [Fact]
    public void A_constraint_violation_surfaces_as_the_sqlite_error()
    {
        using var connection = Open();
        using (var unique = connection.CreateCommand())
        {
            unique.CommandText = "CREATE UNIQUE INDEX t_a ON t (a)";
            unique.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        var error = Assert.Throws<SqliteException>(() =>
            BulkInsert.Rows(connection, transaction, "t", ["a", "b", "c", "d", "e", "f"], ["x", "x"], a => [a, null, null, null, null, null]));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
    }
}
