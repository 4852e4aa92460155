using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Import;

/// <summary>Everything the importer derives from one seed: the parsed document and the facts extracted from it.</summary>
public sealed record ImportedReport(ParsedReport Report, IReadOnlyList<Indicator> Indicators)
{
    public static ImportedReport From(ParsedReport report) => new(report, IndicatorExtractor.Extract(report));
}
