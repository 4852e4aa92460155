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
            // A file nobody reads until it is renamed into place needs no journal and no fsync per write. An 8 MB page
            // cache (not one that holds the whole file) makes SQLite write pages out as it goes and reuse their memory:
            // fresh memory costs a page fault per 4 KB here, and 64 MB made a 100x import 10 % slower (bench/RESULTS.md).
            Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8192;");
            _transaction = _connection.BeginTransaction();
            Execute(Schema.Ddl);
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

    /// <summary>
    /// Builds the trigram index over every paragraph added so far. FTS5 collects terms in memory and writes a segment
    /// each time that holds more than <c>hashsize</c> bytes (1 MB by default), then merges the segments; with 16 MB
    /// the 100x benchmark text is indexed in one segment, a third faster (bench/RESULTS.md); 32 MB and more were
    /// slower again. The setting stays in the index's config row, where it only matters to writers.
    /// </summary>
    public void BuildSearchIndex()
    {
        Execute($"INSERT INTO paragraph_search (paragraph_search, rank) VALUES ('hashsize', {SearchIndexHashBytes})");
        Execute("INSERT INTO paragraph_search (paragraph_search) VALUES ('rebuild')");
    }

    const int SearchIndexHashBytes = 16 * 1024 * 1024;

    /// <summary>
    /// What the extractors found in one report whose document is already added, each extractor's findings stored as
    /// soon as that extractor is done (waiting for it otherwise).
    /// </summary>
    public void AddFacts(Extraction extraction)
    {
        var paragraphOrdinals = FactTables.ParagraphOrdinals(extraction.Report);
        FactTables.InsertIndicators(_connection, _transaction, extraction.Report, paragraphOrdinals, extraction.Indicators);
        FactTables.InsertProjects(_connection, _transaction, paragraphOrdinals, extraction.Projects);
        FactTables.InsertLivelihood(_connection, _transaction, extraction.Livelihood);
    }

    /// <summary>Records the schema version and seeds fingerprint, commits, and renames the file over the target.</summary>
    public void Complete(string seedsFingerprint)
    {
        Execute("INSERT INTO meta (key, value) VALUES ('schema_version', $version), ('seeds_fingerprint', $fingerprint)",
            ("$version", Schema.Version.ToString()), ("$fingerprint", seedsFingerprint));
        _transaction.Commit();
        Execute($"PRAGMA user_version = {Schema.Version}");
        _connection.Close();
        File.Move(_temporary, _target, overwrite: true);
        _completed = true;
    }

    /// <summary>
    /// Plain ADO.NET rather than Dapper: a one-shot importer pays for Dapper's start-up (its static setup and the
    /// code it generates per parameter shape) on every run, 40–60 ms of a 1x import.
    /// </summary>
    void Execute(string sql, params (string Name, string Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction?.Connection is null ? null : _transaction; // none before it begins or once committed
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (!_completed) _transaction.Dispose();
        _connection.Dispose();
        if (File.Exists(_temporary)) File.Delete(_temporary);
    }
}
