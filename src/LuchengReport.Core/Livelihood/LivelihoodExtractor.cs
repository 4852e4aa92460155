using System.Text.RegularExpressions;
using LuchengReport.Core.Model;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// Reads what the report says about its 民生实事 under any of their names: every statement with its count, status and
/// listed items (<see cref="StatementFinder"/>), and, when the report puts them to a vote, the vote paragraph: the
/// paragraph that counts the candidates ("十二个民生实事候选项目"), else one that puts them to a vote (票决), with the
/// numbers and the principle in it. Without a vote the record's source is the report's main statement (see
/// <see cref="Unvoted"/>). Returns null only when the report never speaks of them.
/// </summary>
public static class LivelihoodExtractor
{
    public static LivelihoodRecord? Extract(ParsedReport report, IReadOnlyList<LivelihoodCandidate>? candidates = null)
    {
        var blocks = ReportBlocks.Of(report);
        var statements = StatementFinder.Find(report, blocks);
        if (statements.Count == 0) return null;
        var blockOf = blocks.Where(b => statements.Any(s => In(s, b))).ToList();

        var voteBlock = blockOf.FirstOrDefault(b => statements.Any(s => In(s, b) && s.Candidates))
            ?? blockOf.FirstOrDefault(b => LivelihoodPatterns.Method().IsMatch(b.Folded.Text));
        var record = voteBlock is not null ? Vote(report, voteBlock, statements) : Unvoted(report, blockOf, statements);
        record = record with { CandidatesListed = candidates is { Count: > 0 }, Candidates = candidates ?? [] };
        return record with { Note = LivelihoodNote.Of(record) };
    }

    /// <summary>Whether the statement stands in the line; a section's heading may take two lines ("附件", then its title).</summary>
    static bool In(LivelihoodStatement s, Block b) =>
        s.ParagraphId == b.ParagraphId && s.SectionId == b.SectionId && s.End <= b.Text.Length && b.Text.AsSpan(s.Start, s.End - s.Start).SequenceEqual(s.Text);

    /// <summary>The vote paragraph's counts, method and principle, from the sentences that hold them.</summary>
    static LivelihoodRecord Vote(ParsedReport report, Block block, List<LivelihoodStatement> statements)
    {
        var own = statements.Where(s => In(s, block)).ToList();
        var candidates = own.FirstOrDefault(s => s.Candidates && s.Count is not null);
        var selected = own.FirstOrDefault(s => !s.Candidates && s.Count is not null);
        var text = block.Folded.Text;
        var method = LivelihoodPatterns.Method().Match(text);
        var principle = LivelihoodPatterns.Principle().Match(text).Groups["principle"];

        var evidence = new List<(int Start, int End)>();
        foreach (var s in new[] { candidates, selected }) if (s is not null) evidence.Add((s.Start, s.End));
        foreach (Group g in new Group[] { method, principle })
            if (g.Success) evidence.Add((block.Span(g.Index, g.Index + g.Length).Start, block.Span(g.Index, g.Index + g.Length).End));
        if (evidence.Count == 0) evidence.Add((own[0].Start, own[0].End));
        var (start, end) = Sentences(block.Text, evidence.Min(e => e.Start), evidence.Max(e => e.End));

        return Record(report, block, statements, start, end) with
        {
            CandidateCount = candidates?.Count,
            SelectedCount = selected?.Count,
            SelectionMethod = method.Success ? block.Span(method.Index, method.Index + method.Length).Text : null,
            SelectionClause = method.Success ? ClauseAround(block, method.Index) : null,
            Principle = principle.Success ? block.Span(principle.Index, principle.Index + principle.Length).Text : null,
        };
    }

    /// <summary>
    /// Without a vote, the main statement: the one listing the plan year's projects, else a whole list, else any
    /// list (examples before 等), else the plan year's count, else any count, else the first planned, else the first.
    /// </summary>
    static LivelihoodRecord Unvoted(ParsedReport report, List<Block> blocks, List<LivelihoodStatement> statements)
    {
        var main = statements.FirstOrDefault(s => s.Items.Count > 0 && s.Status == StatementStatus.Planned)
            ?? statements.FirstOrDefault(s => s.ListComplete == true)
            ?? statements.FirstOrDefault(s => s.Items.Count > 0)
            ?? statements.FirstOrDefault(s => s.Count is not null && s.Status == StatementStatus.Planned)
            ?? statements.FirstOrDefault(s => s.CountText is not null)
            ?? statements.FirstOrDefault(s => s.Status == StatementStatus.Planned)
            ?? statements[0];
        var block = blocks.First(b => In(main, b));
        var (start, end) = Sentences(block.Text, main.Start, main.End);
        return Record(report, block, statements, start, end);
    }

    /// <summary>The record of a source line; the targets section only when the line speaks of what is still to do.</summary>
    static LivelihoodRecord Record(ParsedReport report, Block block, List<LivelihoodStatement> statements, int start, int end)
    {
        bool past = statements.Where(s => In(s, block)).All(s => s.Status == StatementStatus.Done || Before(s.Period, report.Metadata.Year));
        return new(report.Id, null, null, null, null, null, false, [], "", block.ParagraphId, block.SectionId, block.Text[start..end], start, end,
            past ? null : TargetsSection.Of(report, block.SectionId, block.Paragraph?.Ordinal), statements);
    }

    static bool Before(string? period, int? year) => period is not null && year is int y && PeriodOrder.SortKey(period).End < y;

    static string ClauseAround(Block block, int at)
    {
        var clause = Clauses.Split(block.Folded.Text).First(c => c.Start <= at && at < c.End);
        return block.Span(clause.Start, clause.End).Text;
    }

    static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?'];

    /// <summary>The whole sentences ("…。") of <paramref name="text"/> covering [start, end).</summary>
    static (int Start, int End) Sentences(string text, int start, int end)
    {
        int from = start > 0 ? text.LastIndexOfAny(SentenceEnds, start - 1) + 1 : 0;
        int to = text.IndexOfAny(SentenceEnds, Math.Max(end - 1, 0));
        return (from, to < 0 ? text.Length : to + 1);
    }
}
