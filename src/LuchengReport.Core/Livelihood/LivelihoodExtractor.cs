using System.Text.RegularExpressions;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Projects;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// Reads the report's 民生实事 vote: the paragraph that names the candidates ("十二个民生实事候选项目") or puts
/// 民生实事 to a vote (票决), the numbers and the principle in it, the other statements about 民生实事, and the
/// section holding the year's livelihood targets. Returns null when the report has no such paragraph.
/// </summary>
public static class LivelihoodExtractor
{
    public static LivelihoodRecord? Extract(ParsedReport report, IReadOnlyList<LivelihoodCandidate>? candidates = null)
    {
        // Every rule below looks for 民生实事, and folding makes no ideographs: a paragraph without 民 is left unfolded.
        var folded = report.Paragraphs.Where(p => p.Text.Contains('民')).Select(p => (Paragraph: p, Folded: FoldedText.Fold(p.Text))).ToList();
        // The paragraph counting the candidates, else one putting 民生实事 to a vote.
        var source = folded.FirstOrDefault(p => LivelihoodPatterns.Candidates().IsMatch(p.Folded.Text));
        if (source.Paragraph is null)
            source = folded.FirstOrDefault(p => LivelihoodPatterns.Topic().IsMatch(p.Folded.Text) && LivelihoodPatterns.Method().IsMatch(p.Folded.Text));
        if (source.Paragraph is null) return null;

        var (paragraph, text) = source;
        var candidateMatch = LivelihoodPatterns.Candidates().Match(text.Text);
        var selectedMatch = LivelihoodPatterns.Selected().Match(text.Text);
        var methodMatch = LivelihoodPatterns.Method().Match(text.Text);
        var principleMatch = LivelihoodPatterns.Principle().Match(text.Text);

        var evidence = new[] { candidateMatch, selectedMatch, methodMatch, principleMatch }.Where(m => m.Success).ToList();
        var span = Sentences(text.Text, evidence.Min(m => m.Index), evidence.Max(m => m.Index + m.Length));
        int start = text.OriginalStart(span.Start), end = text.OriginalEnd(span.End);

        var record = new LivelihoodRecord(
            report.Id,
            CandidateCount: Count(candidateMatch),
            SelectedCount: Count(selectedMatch),
            SelectionMethod: methodMatch.Success ? Verbatim(paragraph, text, methodMatch.Index, methodMatch.Index + methodMatch.Length) : null,
            SelectionClause: methodMatch.Success ? ClauseAround(paragraph, text, methodMatch.Index) : null,
            Principle: principleMatch.Success ? Verbatim(paragraph, text, principleMatch.Groups["principle"].Index,
                principleMatch.Groups["principle"].Index + principleMatch.Groups["principle"].Length) : null,
            CandidatesListed: candidates is { Count: > 0 },
            Candidates: candidates ?? [],
            Note: "",
            SourceParagraphId: paragraph.Id,
            SourceSectionId: paragraph.SectionId,
            SourceText: paragraph.Text[start..end],
            SourceStart: start,
            SourceEnd: end,
            TargetsSectionId: TargetsSection(report, paragraph),
            RelatedStatements: Related(report, folded, paragraph));
        return record with { Note = LivelihoodNote.Of(record) };
    }

    static int? Count(Match m) =>
        m.Success && ChineseNumerals.TryParse(m.Groups["count"].Value, out long n) ? (int)n
        : m.Success && int.TryParse(m.Groups["count"].Value, out int d) ? d : null;

    static string Verbatim(Paragraph p, FoldedText text, int start, int end) =>
        p.Text[text.OriginalStart(start)..text.OriginalEnd(end)];

    /// <summary>The whole sentences ("…。") covering a folded span.</summary>
    static Span Sentences(string text, int start, int end)
    {
        int from = text.LastIndexOfAny(['。', '!', '?'], Math.Max(0, start - 1)) + 1;
        int to = text.IndexOfAny(['。', '!', '?'], Math.Max(end - 1, 0));
        return new Span(start > 0 ? from : 0, to < 0 ? text.Length : to + 1);
    }

    static string ClauseAround(Paragraph p, FoldedText text, int at)
    {
        var clause = Clauses.Split(text.Text).First(c => c.Start <= at && at < c.End);
        return Verbatim(p, text, clause.Start, clause.End);
    }

    /// <summary>The other clauses about 民生实事, each with the time its paragraph speaks of.</summary>
    static List<LivelihoodStatement> Related(ParsedReport report, List<(Paragraph Paragraph, FoldedText Folded)> folded, Paragraph source)
    {
        IReadOnlyDictionary<string, string>? periods = null;
        var statements = new List<LivelihoodStatement>();
        foreach (var (p, text) in folded.Where(f => f.Paragraph.Id != source.Id))
            foreach (var clause in Clauses.Split(text.Text).Where(c => LivelihoodPatterns.Topic().IsMatch(text.Text.AsSpan(c.Start, c.Length))))
            {
                periods ??= ReportPeriods.Of(report);
                int start = text.OriginalStart(clause.Start), end = text.OriginalEnd(clause.End);
                statements.Add(new LivelihoodStatement(p.Id, p.SectionId, periods.GetValueOrDefault(p.Id), p.Text[start..end], start, end));
            }
        return statements;
    }

    /// <summary>
    /// The item holding the year's livelihood targets: the vote paragraph's own item when its title is about 民生
    /// ("全面促进民生事业新发展"), else the item of the same part about 民生 that comes last before the vote.
    /// </summary>
    static string? TargetsSection(ParsedReport report, Paragraph source)
    {
        var byId = report.Sections.ToDictionary(s => s.Id);
        var chain = new List<Section>();
        for (var s = byId[source.SectionId]; ; s = byId[s.ParentId])
        {
            chain.Add(s);
            if (s.ParentId is null) break;
        }
        var item = chain.FirstOrDefault(s => s.Level == SectionLevels.Item);
        if (item is not null && LivelihoodPatterns.LivelihoodTitle().IsMatch(item.Title)) return item.Id;
        var part = chain[^1];
        var items = report.Sections.Where(s => s.ParentId == part.Id && s.Level == SectionLevels.Item
            && LivelihoodPatterns.LivelihoodTitle().IsMatch(s.Title)).ToList();
        return (items.LastOrDefault(s => s.FirstParagraph <= source.Ordinal) ?? items.FirstOrDefault() ?? item)?.Id;
    }
}
