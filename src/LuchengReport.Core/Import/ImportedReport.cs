using LuchengReport.Core.Indicators;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Import;

/// <summary>Everything the importer derives from one seed: the parsed document and what is extracted from it.</summary>
public sealed record ImportedReport(ParsedReport Report, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Project> Projects, LivelihoodRecord? Livelihood)
{
    /// <summary>Runs the three extractors side by side: they only read the parsed report.</summary>
    public static ImportedReport Extract(SeedFile seed, ParsedReport report)
    {
        var curated = seed.CuratedProjectsCsv is { } table ? CuratedProjects.Load(table, report.Text) : null;
        var candidates = seed.LivelihoodCsv is { } csv ? LivelihoodCandidates.Load(csv) : null;
        IReadOnlyList<Indicator> indicators = [];
        IReadOnlyList<Project> projects = [];
        LivelihoodRecord? livelihood = null;
        Parallel.Invoke(
            () => indicators = IndicatorExtractor.Extract(report),
            () => projects = ProjectExtractor.Extract(report, curated),
            () => livelihood = LivelihoodExtractor.Extract(report, candidates));
        return new ImportedReport(report, indicators, projects, livelihood);
    }
}
