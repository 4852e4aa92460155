using LuchengReport.Core.Model;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Indicators;

/// <summary>
/// Rule-based extraction of a report's numeric facts. Pure: the same report gives the same indicators. Each paragraph
/// is folded (full-width → half-width, whitespace out), its numbers found with their units, and each sentence read for
/// subjects, lists, 从…到 pairs, qualifiers and directions; spans map back to the verbatim paragraph text.
/// </summary>
public static class IndicatorExtractor
{
    public static IReadOnlyList<Indicator> Extract(ParsedReport report)
    {
        int? year = PeriodRules.YearOf(report);
        var frames = PeriodRules.FramesByPart(report, year);
        var sections = report.Sections.ToDictionary(s => s.Id);
        var indicators = new List<Indicator>();
        foreach (var paragraph in report.Paragraphs)
        {
            var top = sections[paragraph.SectionId];
            while (top.ParentId is { } parent && sections.ContainsKey(parent)) top = sections[parent];
            var frame = frames.GetValueOrDefault(top.Id) ?? PeriodRules.Frame(IndicatorVocabulary.PeriodScopes.PreviousYear, year);
            indicators.AddRange(ExtractParagraph(report.Id, paragraph, frame, year));
        }
        return indicators;
    }

    /// <summary>The facts of one paragraph whose numbers default to <paramref name="frame"/>.</summary>
    internal static List<Indicator> ExtractParagraph(string reportId, Paragraph paragraph, PeriodFrame frame, int? year)
    {
        var folded = FoldedText.Fold(paragraph.Text);
        var text = folded.Text;
        var mentions = MentionScanner.Scan(text, TextMarks.QuotedMask(text)).Where(m => !MentionScanner.IsDateLike(text, m)).ToList();
        if (mentions.Count == 0) return [];

        int fiveYearFrom = PeriodRules.FiveYearFrom(text, frame);
        var review = PeriodRules.Frame(IndicatorVocabulary.PeriodScopes.Review, year);

        var drafts = new List<Draft>();
        int next = 0;
        foreach (var (start, end) in TextMarks.Sentences(text))
        {
            var inSentence = new List<Mention>();
            while (next < mentions.Count && mentions[next].Start < end) inSentence.Add(mentions[next++]);
            if (inSentence.Count == 0) continue;
            // The sentence's horizon ("到2025年") is looked for once per frame, not once per fact.
            PeriodFrame? plain = null, inReview = null;
            PeriodFrame InSentence(int pos) => fiveYearFrom >= 0 && pos >= fiveYearFrom
                ? inReview ??= PeriodRules.WithHorizon(review, text, start, end, year)
                : plain ??= PeriodRules.WithHorizon(frame, text, start, end, year);
            drafts.AddRange(SentenceReader.Read(new SentenceState(text, start, end, inSentence, InSentence)));
        }

        // Text order, and the order they were read in where two share a number (a stable sort).
        var order = Enumerable.Range(0, drafts.Count).ToArray();
        Array.Sort(order, (a, b) => drafts[a].Mention.Start != drafts[b].Mention.Start
            ? drafts[a].Mention.Start.CompareTo(drafts[b].Mention.Start) : a.CompareTo(b));
        var ordered = Array.ConvertAll(order, k => drafts[k]);
        for (int k = 0; k < ordered.Length; k++) ordered[k].Id = $"{paragraph.Id}-n{k + 1}";
        var indicators = new List<Indicator>(ordered.Length);
        foreach (var d in ordered) indicators.Add(ToIndicator(reportId, paragraph, folded, d));
        return indicators;
    }

    static Indicator ToIndicator(string reportId, Paragraph paragraph, FoldedText folded, Draft d)
    {
        var m = d.Mention;
        var (normalized, normalizedUnit) = d.IsRanking ? (m.Value, IndicatorVocabulary.NormalizedUnits.Rank) : Units.Normalize(m.Value, m.Scale, m.BaseUnit);
        int start = folded.OriginalStart(d.SpanStart), end = folded.OriginalEnd(d.SpanEnd);
        return new Indicator(
            Id: d.Id!,
            ReportId: reportId,
            ParagraphId: paragraph.Id,
            SectionId: paragraph.SectionId,
            Subject: d.Subject,
            SubjectKey: SubjectKeys.Of(d.Subject),
            Value: m.Value,
            ValueText: m.ValueText,
            Unit: m.Unit,
            NormalizedValue: normalized,
            NormalizedUnit: normalizedUnit,
            Measure: d.Measure,
            Kind: d.Kind,
            Period: d.Period,
            Comparator: d.Comparator,
            Qualifier: d.Qualifier,
            Direction: d.Direction,
            SourceText: paragraph.Text[start..end],
            SourceStart: start,
            SourceEnd: end,
            RelatedIds: d.Related.ConvertAll(r => r.Id ?? throw new InvalidOperationException("a partner from another paragraph")),
            Tier: d.Tier);
    }
}
