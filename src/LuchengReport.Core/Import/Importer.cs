using System.Diagnostics;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
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
        // Opening the new database (SQLite's start-up, the schema) needs no text: it runs while the seeds are parsed.
        var opening = Task.Run(() => new DatabaseBuilder(databasePath));
        var extractions = new List<Extraction>();
        try
        {
            var parsed = seeds.Reports.Select(seed => (Seed: seed, Report: ReportParser.Parse(seed.ReportId, seed.Path, seed.Bytes, seed.Sha256) with { Provenance = seed.Provenance })).ToList();
            // The extractors run on the other core while this thread writes the documents and their search index;
            // then each extractor's findings are stored as soon as that extractor is done.
            extractions.AddRange(parsed.Select(p => Extraction.Start(p.Seed, p.Report)));
            var builder = opening.GetAwaiter().GetResult();
            for (int i = 0; i < parsed.Count; i++) builder.AddDocument(parsed[i].Report, i + 1);
            builder.BuildSearchIndex();
            foreach (var extraction in extractions) builder.AddFacts(extraction);
            builder.Complete(seeds.Fingerprint);
            var imported = extractions.Select(e => e.Result()).ToList();
            return new ImportSummary(databasePath, imported, seeds.Reports.Sum(r => (long)r.Bytes.Length), clock.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new ImportException(databasePath, $"cannot write the database: {e.Message}");
        }
        finally
        {
            // Never leave an extractor running unobserved when writing failed first, nor the new file behind when
            // parsing or writing failed (disposing an uncompleted builder deletes it).
            foreach (var extraction in extractions) extraction.WaitQuietly();
            try { opening.Wait(); } catch (AggregateException) { }
            if (opening.IsCompletedSuccessfully) opening.Result.Dispose();
        }
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
