using Dapper;
using LuchengReport.Core.Import;
using LuchengReport.Core.Model;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Storage;

/// <summary>
/// Builds a new database in a temporary file beside the target and renames it over the target on
/// <see cref="Complete"/>: a failed import never leaves a partial database, and readers of the old file see either
/// all of the old or all of the new. It works in stages so the importer can write each report's text and search
/// index while the extractors still run on another core. Nothing time-dependent is written, so the same seeds give
/// the same file.
/// </summary>
public sealed class DatabaseBuilder : IDisposable
{
    readonly string _target;
    readonly string _temporary;
    readonly SqliteConnection _connection;
    readonly SqliteTransaction _transaction;
    bool _completed;

    public DatabaseBuilder(string databasePath)
    {
        _target = databasePath;
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        _temporary = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.tmp");
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temporary, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            // A file nobody reads until it is renamed into place needs no journal and no fsync per write.
            _connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
            _transaction = _connection.BeginTransaction();
            _connection.Execute(Schema.Ddl, transaction: _transaction);
        }
        catch
        {
            // The constructor failed, so nobody will call Dispose: leave no temporary file behind.
            _connection.Dispose();
            if (File.Exists(_temporary)) File.Delete(_temporary);
            throw;
        }
    }

    /// <summary>The report, its sections and paragraphs; <paramref name="ordinal"/> orders reports (1-based).</summary>
    public void AddDocument(ParsedReport report, int ordinal) => DocumentTables.Insert(_connection, _transaction, report, ordinal);

    /// <summary>Builds the trigram index over every paragraph added so far.</summary>
    public void BuildSearchIndex() =>
        _connection.Execute("INSERT INTO paragraph_search (paragraph_search) VALUES ('rebuild')", transaction: _transaction);

    /// <summary>What the extractors found in one report whose document is already added.</summary>
    public void AddFacts(ImportedReport imported) => FactTables.Insert(_connection, _transaction, imported);

    /// <summary>Records the schema version and seeds fingerprint, commits, and renames the file over the target.</summary>
    public void Complete(string seedsFingerprint)
    {
        _connection.Execute("INSERT INTO meta (key, value) VALUES ('schema_version', @v), ('seeds_fingerprint', @f)",
            new { v = Schema.Version.ToString(), f = seedsFingerprint }, _transaction);
        _transaction.Commit();
        _connection.Execute($"PRAGMA user_version = {Schema.Version}");
        _connection.Close();
        File.Move(_temporary, _target, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (!_completed) _transaction.Dispose();
        _connection.Dispose();
        if (File.Exists(_temporary)) File.Delete(_temporary);
    }
}
