using LuchengReport.Core.Indicators;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Import;

/// <summary>Everything the importer derives from one seed: the parsed document and what is extracted from it.</summary>
public sealed record ImportedReport(ParsedReport Report, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Project> Projects, LivelihoodRecord? Livelihood)
{
    public static ImportedReport From(SeedFile seed)
    {
        var report = ReportParser.Parse(seed.ReportId, seed.Path, seed.Bytes);
        var curated = seed.CuratedProjectsCsv is { } table ? CuratedProjects.Load(table, report.Text) : null;
        var candidates = seed.LivelihoodCsv is { } csv ? LivelihoodCandidates.Load(csv) : null;
        return new ImportedReport(report, IndicatorExtractor.Extract(report), ProjectExtractor.Extract(report, curated), LivelihoodExtractor.Extract(report, candidates));
    }
}
