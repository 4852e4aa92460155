using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;
using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>Runs the extractor on one invented paragraph, as if it stood in a part of the given scope.</summary>
internal static class Extract
{
    public static List<Indicator> From(string text, string scope = PeriodScopes.PreviousYear, int year = 2021)
    {
        var paragraph = new Paragraph("t-p1", "t-s1", 1, text, 0, text.Length);
        return IndicatorExtractor.ExtractParagraph("t", paragraph, PeriodRules.Frame(scope, year), year);
    }

    public static Indicator Single(string text, string scope = PeriodScopes.PreviousYear) => Assert.Single(From(text, scope));

    /// <summary>value unit subject, one line per fact: easy to read in an assertion.</summary>
    public static string[] Brief(IEnumerable<Indicator> facts) => facts.Select(f => $"{f.Value}{f.Unit} {f.Subject}").ToArray();
}
