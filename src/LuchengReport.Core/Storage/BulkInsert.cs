using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LuchengReport.Core.Storage;

/// <summary>
/// Inserts many rows through one prepared statement whose values are rebound by position per row. A large report
/// means tens of thousands of rows, and per row SqliteCommand looks every parameter up by name, converts the name to
/// UTF-8 and opens a data reader: that was most of the importer's time spent writing facts (bench/RESULTS.md). The
/// statement goes through SQLitePCL, the layer Microsoft.Data.Sqlite itself is built on, on the same connection and
/// so inside its transaction; values are bound as Microsoft.Data.Sqlite binds them.
/// </summary>
internal static class BulkInsert
{
    public static void Rows<T>(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns,
        IEnumerable<T> rows, Func<T, object?[]> values)
    {
        if (transaction.Connection != connection) throw new InvalidOperationException("The transaction belongs to another connection.");
        var db = connection.Handle!;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})";
        Check(raw.sqlite3_prepare_v2(db, sql, out sqlite3_stmt statement), db);
        var utf8 = new byte[256];
        using (statement)
        {
            foreach (var row in rows)
            {
                var v = values(row);
                if (v.Length != columns.Length) throw new ArgumentException($"{table}: {v.Length} values for {columns.Length} columns.");
                for (int i = 0; i < v.Length; i++) Check(Bind(statement, i + 1, v[i], ref utf8), db);
                int step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE) Check(step, db);
                Check(raw.sqlite3_reset(statement), db);
            }
        }
    }

    /// <summary>
    /// The storage classes Microsoft.Data.Sqlite gives these CLR types: text, integer (bool as 0/1), real, null. Text
    /// is encoded into one reused buffer (SQLite copies it when bound) rather than a new array per value.
    /// </summary>
    static int Bind(sqlite3_stmt statement, int index, object? value, ref byte[] utf8) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text(statement, index, Utf8(s, ref utf8)),
        int n => raw.sqlite3_bind_int64(statement, index, n),
        long n => raw.sqlite3_bind_int64(statement, index, n),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        _ => throw new NotSupportedException($"BulkInsert does not bind {value.GetType().Name} values; convert them to a supported type first."),
    };

    static ReadOnlySpan<byte> Utf8(string text, ref byte[] buffer)
    {
        int most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > buffer.Length) buffer = new byte[Math.Max(most, buffer.Length * 2)];
        return buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer));
    }

    static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }

    static string Quote(string column) => $"\"{column}\"";
}
