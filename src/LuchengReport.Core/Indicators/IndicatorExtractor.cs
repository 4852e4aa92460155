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
        var statements = MainTargetRule.Find(report.Paragraphs, year);
        var sections = report.Sections.ToDictionary(s => s.Id);
        var indicators = new List<Indicator>();
        foreach (var paragraph in report.Paragraphs)
        {
            var top = sections[paragraph.SectionId];
            while (top.ParentId is { } parent && sections.ContainsKey(parent)) top = sections[parent];
            var frame = frames.GetValueOrDefault(top.Id) ?? PeriodRules.Frame(IndicatorVocabulary.PeriodScopes.PreviousYear, year);
            indicators.AddRange(ExtractParagraph(report.Id, paragraph, frame, year, statements.GetValueOrDefault(paragraph.Id)));
        }
        return indicators;
    }

    /// <summary>
    /// The facts of one paragraph whose numbers default to <paramref name="frame"/>; the targets inside
    /// <paramref name="statements"/> are the report's main targets.
    /// </summary>
    internal static List<Indicator> ExtractParagraph(string reportId, Paragraph paragraph, PeriodFrame frame, int? year,
        IReadOnlyList<TargetStatement>? statements = null)
    {
        var folded = FoldedText.Fold(paragraph.Text);
        var text = folded.Text;
        var mentions = MentionScanner.Scan(text, TextMarks.QuotedMask(text));
        DropDateLike(text, mentions);
        if (mentions.Count == 0) return [];

        var frames = new ParagraphFrames(frame, PeriodRules.FiveYearFrom(text, frame), year, statements);
        var drafts = new List<Draft>();
        int next = 0;
        foreach (var (start, end) in TextMarks.Sentences(text))
        {
            int first = next;
            while (next < mentions.Count && mentions[next].Start < end) next++;
            // Most sentences hold no number: nothing is set up for those.
            if (next == first) continue;
            drafts.AddRange(SentenceReader.Read(new SentenceState(text, start, end, mentions.GetRange(first, next - first), frames)));
        }

        SortByPosition(drafts);
        var indicators = new List<Indicator>(drafts.Count);
        for (int k = 0; k < drafts.Count; k++) drafts[k].Id = $"{paragraph.Id}-n{k + 1}";
        foreach (var d in drafts)
        {
            var indicator = ToIndicator(reportId, paragraph, folded, d);
            bool mainTarget = d.Kind == IndicatorVocabulary.Kinds.Target && frames.StatementAt(d.Mention.Start) is not null;
            indicators.Add(mainTarget ? indicator with { MainTarget = SentenceOf(paragraph, folded, d.Mention.Start) } : indicator);
        }
        return indicators;
    }

    /// <summary>The verbatim sentence (to its full stop) holding folded position <paramref name="pos"/>.</summary>
    static SourceSentence SentenceOf(Paragraph paragraph, FoldedText folded, int pos)
    {
        foreach (var (start, end) in MainTargetRule.Sentences(folded.Text))
            if (pos < end)
            {
                int from = folded.OriginalStart(start), to = folded.OriginalEnd(end);
                return new SourceSentence(paragraph.Text[from..to], from, to);
            }
        throw new ArgumentOutOfRangeException(nameof(pos));
    }

    /// <summary>Drops, in place, the bare numbers that are dates (2015年, 2.0版).</summary>
    static void DropDateLike(string text, List<Mention> mentions)
    {
        int kept = 0;
        for (int i = 0; i < mentions.Count; i++)
            if (!MentionScanner.IsDateLike(text, mentions[i])) mentions[kept++] = mentions[i];
        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>
    /// Text order, and the order they were read in where two share a number. An insertion sort is stable and needs no
    /// scratch arrays or comparer delegates; the facts come nearly in order already, so it stays close to linear.
    /// </summary>
    static void SortByPosition(List<Draft> drafts)
    {
        for (int i = 1; i < drafts.Count; i++)
        {
            var d = drafts[i];
            int j = i - 1;
            for (; j >= 0 && drafts[j].Mention.Start > d.Mention.Start; j--) drafts[j + 1] = drafts[j];
            drafts[j + 1] = d;
        }
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
            RelatedIds: RelatedIds(d),
            Tier: d.Tier,
            ValueHigh: m.High);
    }

    /// <remarks>An array, not a list: most facts have no partner and share the empty one.</remarks>
    static string[] RelatedIds(Draft d)
    {
        if (d.Related.Count == 0) return [];
        var ids = new string[d.Related.Count];
        for (int k = 0; k < ids.Length; k++) ids[k] = d.Related[k].Id ?? throw new InvalidOperationException("a partner from another paragraph");
        return ids;
    }
}
