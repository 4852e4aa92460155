using LuchengReport.Core.Indicators;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Import;

/// <summary>Everything the importer derives from one seed: the parsed document and what is extracted from it.</summary>
public sealed record ImportedReport(ParsedReport Report, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Project> Projects, LivelihoodRecord? Livelihood)
{
    /// <summary>Runs the three extractors and waits for all of them.</summary>
    public static ImportedReport Extract(SeedFile seed, ParsedReport report) => Extraction.Start(seed, report).Result();
}

/// <summary>
/// The three extractors of one report, run on the thread pool (they only read the parsed report). Each result can be
/// taken on its own as soon as it is ready: the importer stores the indicators while the projects are still being
/// found. Taking a result rethrows the extractor's own exception (an <see cref="ImportException"/> for a bad curated
/// table or candidates file), not an AggregateException.
/// </summary>
public sealed class Extraction
{
    readonly Task<IReadOnlyList<Indicator>> _indicators;
    readonly Task<IReadOnlyList<Project>> _projects;
    readonly Task<LivelihoodRecord?> _livelihood;

    Extraction(ParsedReport report, Task<IReadOnlyList<Indicator>> indicators, Task<IReadOnlyList<Project>> projects, Task<LivelihoodRecord?> livelihood)
    {
        Report = report;
        _indicators = indicators;
        _projects = projects;
        _livelihood = livelihood;
    }

    public ParsedReport Report { get; }

    public static Extraction Start(SeedFile seed, ParsedReport report)
    {
        // One after the other on one pool thread, in the order the writer stores them: on two cores the writer, the
        // importer's critical path, keeps a core to itself (three extractors side by side slowed it to half speed).
        var indicators = Task.Run(() => IndicatorExtractor.Extract(report));
        var projects = indicators.ContinueWith(_ => ProjectExtractor.Extract(report,
            seed.CuratedProjectsCsv is { } table ? CuratedProjects.Load(table, report.Text) : null), TaskScheduler.Default);
        var livelihood = projects.ContinueWith(_ => LivelihoodExtractor.Extract(report,
            seed.LivelihoodCsv is { } csv ? LivelihoodCandidates.Load(csv) : null), TaskScheduler.Default);
        return new(report, indicators, projects, livelihood);
    }

    public IReadOnlyList<Indicator> Indicators => _indicators.GetAwaiter().GetResult();
    public IReadOnlyList<Project> Projects => _projects.GetAwaiter().GetResult();
    public LivelihoodRecord? Livelihood => _livelihood.GetAwaiter().GetResult();

    public ImportedReport Result() => new(Report, Indicators, Projects, Livelihood);

    /// <summary>Waits for all three without throwing: nothing may run on unobserved after the import gave up.</summary>
    public void WaitQuietly()
    {
        try { Task.WaitAll(_indicators, _projects, _livelihood); } catch (AggregateException) { }
    }
}
