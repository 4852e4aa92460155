using LuchengReport.Core.Import;
using LuchengReport.Core.Storage;

namespace LuchengReport.Api.Data;

/// <summary>
/// At start, makes sure the database matches the seeds and the schema, building it when it is missing or stale.
/// If the rebuild fails but a database of the current schema exists, that database keeps being served with a
/// warning: a broken seed never takes the published data down. With nothing servable, start fails with the
/// importer's message.
/// </summary>
public static class DatabaseBootstrap
{
    public static bool TryEnsure(DataPaths paths, ILogger logger)
    {
        var existing = DatabaseStatus.Read(paths.DatabasePath);
        bool servable = existing?.SchemaVersion == Schema.Version;
        try
        {
            var fingerprint = SeedSet.FingerprintOf(paths.SeedsPath, paths.CuratedPath);
            if (existing?.IsCurrentFor(fingerprint) == true) return true;
            logger.LogInformation("Building {Database} from {Seeds}", paths.DatabasePath, paths.SeedsPath);
            logger.LogInformation("{Summary}", Importer.Import(paths.SeedsPath, paths.DatabasePath, paths.CuratedPath));
            return true;
        }
        catch (ImportException e) when (servable)
        {
            logger.LogWarning("The seeds could not be imported ({Problem}); still serving the existing database {Database}, built from earlier seeds",
                e.Message, paths.DatabasePath);
            return true;
        }
        catch (ImportException e)
        {
            logger.LogCritical("Cannot serve: the import failed and there is no usable database. {Problem}", e.Message);
            Console.Error.WriteLine($"import failed: {e.Message}");
            return false;
        }
    }
}
