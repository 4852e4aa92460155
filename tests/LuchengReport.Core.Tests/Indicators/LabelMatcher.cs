using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>How extracted indicators score against hand labels.</summary>
public sealed record LabelScore(
    int Labels, int CoreLabels, int Found, int CoreFound, int FullyRight, int Served, int ServedReal,
    IReadOnlyList<LabelledFact> Missed, IReadOnlyList<(LabelledFact Label, Indicator Got)> Wrong, IReadOnlyList<Indicator> Junk)
{
    public double CoreRecall => (double)CoreFound / CoreLabels;
    public double FullRate => (double)FullyRight / Labels;
    public double Precision => (double)ServedReal / Served;

    public string Report() =>
        $"{Labels} labels ({CoreLabels} core): found {Found}, core recall {CoreRecall:P1}, fully right {FullRate:P1}; " +
        $"served {Served}, precision {Precision:P1}" +
        string.Concat(Missed.Select(m => $"\n  missed line {m.Line}: {m.Quote} = {m.Value}{m.Unit}")) +
        string.Concat(Wrong.Select(w => $"\n  wrong line {w.Label.Line}: {w.Label.Quote}: want {Fields(w.Label)} got {Fields(w.Got)}")) +
        string.Concat(Junk.Select(j => $"\n  junk {j.Id}: {j.SourceText} = {j.Value}{j.Unit}"));

    static string Fields(LabelledFact l) => $"{l.Measure}/{l.Kind}/{l.Period}/{l.Comparator}/{l.Direction}";
    static string Fields(Indicator i) => $"{i.Measure}/{i.Kind}/{i.Period}/{i.Comparator}/{i.Direction}";
}

/// <summary>
/// Pairs each label with an unused indicator of the same paragraph, value and unit; among several, the one agreeing on
/// most coded fields, then the one whose span overlaps the label's quote.
/// </summary>
public static class LabelMatcher
{
    public static bool SameCodes(LabelledFact l, Indicator i) =>
        l.Measure == i.Measure && l.Kind == i.Kind && l.Period == i.Period && l.Comparator == i.Comparator && l.Direction == i.Direction;

    public static LabelScore Score(ParsedReport report, IReadOnlyList<Indicator> indicators, IReadOnlyList<LabelledFact> labels)
    {
        var used = new HashSet<Indicator>(ReferenceEqualityComparer.Instance);
        var missed = new List<LabelledFact>();
        var wrong = new List<(LabelledFact, Indicator)>();
        int found = 0, coreFound = 0, full = 0;
        foreach (var label in labels)
        {
            var paragraph = IndicatorFixtures.ParagraphAtLine(report, label.Line);
            var best = indicators
                .Where(i => i.ParagraphId == paragraph.Id && i.Value == label.Value && i.Unit == label.Unit && !used.Contains(i))
                .OrderByDescending(i => Agreement(label, i)).ThenByDescending(i => Overlap(label, i))
                .FirstOrDefault();
            if (best is null) { missed.Add(label); continue; }
            used.Add(best);
            found++;
            if (label.Tier == IndicatorVocabulary.Tiers.Core) coreFound++;
            if (SameCodes(label, best)) full++; else wrong.Add((label, best));
        }
        var junk = indicators.Where(i => !used.Contains(i)).ToList();
        return new LabelScore(labels.Count, labels.Count(l => l.Tier == IndicatorVocabulary.Tiers.Core), found, coreFound, full,
            indicators.Count, indicators.Count - junk.Count, missed, wrong, junk);
    }

    static int Agreement(LabelledFact l, Indicator i) =>
        (l.Measure == i.Measure ? 1 : 0) + (l.Kind == i.Kind ? 1 : 0) + (l.Period == i.Period ? 1 : 0) +
        (l.Comparator == i.Comparator ? 1 : 0) + (l.Direction == i.Direction ? 1 : 0);

    /// <summary>Compared folded, so the labels of the seed also score its full-width variants.</summary>
    static int Overlap(LabelledFact l, Indicator i)
    {
        var quote = FoldedText.FoldString(l.Quote);
        var span = FoldedText.FoldString(i.SourceText);
        return quote == span ? 3 : quote.Contains(span) || span.Contains(quote) ? 2 : span.EndsWith(quote[^Math.Min(4, quote.Length)..]) ? 1 : 0;
    }
}
