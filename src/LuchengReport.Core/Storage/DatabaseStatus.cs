using Dapper;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Storage;

/// <summary>What an existing database file says about itself: its schema version and the seeds it was built from.</summary>
public sealed record DatabaseStatus(int SchemaVersion, string SeedsFingerprint)
{
    /// <summary>Null when the file is missing or is not a database this importer wrote.</summary>
    public static DatabaseStatus? Read(string databasePath)
    {
        if (!File.Exists(databasePath)) return null;
        try
        {
            var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            var meta = connection.Query<(string Key, string Value)>("SELECT key, value FROM meta").ToDictionary(r => r.Key, r => r.Value);
            return int.TryParse(meta.GetValueOrDefault("schema_version"), out var version) && meta.TryGetValue("seeds_fingerprint", out var fingerprint)
                ? new DatabaseStatus(version, fingerprint)
                : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    public bool IsCurrentFor(string seedsFingerprint) => SchemaVersion == Schema.Version && SeedsFingerprint == seedsFingerprint;
}
