using System.Diagnostics;
using LuchengReport.Core.Model;
using LuchengReport.Core.Storage;

namespace LuchengReport.Core.Import;

/// <summary>Seeds folder → SQLite file, all or nothing.</summary>
public static class Importer
{
    /// <param name="curatedFolder">Where the curated tables are; by default the <c>data/</c> folder beside the seeds.</param>
    public static ImportSummary Import(string seedsFolder, string databasePath, string? curatedFolder = null)
    {
        var clock = Stopwatch.StartNew();
        var seeds = SeedSet.Load(seedsFolder, curatedFolder);
        var reports = seeds.Reports.Select(ImportedReport.From).ToList();
        try
        {
            DatabaseWriter.Write(databasePath, reports, seeds.Fingerprint);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new ImportException(databasePath, $"cannot write the database: {e.Message}");
        }
        return new ImportSummary(databasePath, reports, seeds.Reports.Sum(r => (long)r.Bytes.Length), clock.Elapsed);
    }
}

public sealed record ImportSummary(string DatabasePath, IReadOnlyList<ImportedReport> Imported, long SeedBytes, TimeSpan Elapsed)
{
    public IReadOnlyList<ParsedReport> Reports => Imported.Select(i => i.Report).ToList();

    int Count(string level) => Reports.Sum(r => r.Sections.Count(s => s.Level == level));

    public override string ToString() =>
        $"Imported {Reports.Count} report(s) ({string.Join(", ", Reports.Select(r => r.Id))}): " +
        $"{Count(SectionLevels.Part)} parts, {Count(SectionLevels.Item)} items, {Count(SectionLevels.Subsection)} subsections, " +
        $"{Reports.Sum(r => r.Paragraphs.Count)} paragraphs, {Imported.Sum(i => i.Indicators.Count)} indicators, {Imported.Sum(i => i.Projects.Count)} projects -> {DatabasePath} in {Elapsed.TotalMilliseconds:0} ms";
}
