using System.Globalization;
using System.Text.RegularExpressions;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// Every statement about the livelihood projects, one per clause: a name of <see cref="LivelihoodNames"/> used the
/// way its row allows, with its count as written, its period, its status and the items listed with it.
/// </summary>
internal static class StatementFinder
{
    /// <summary>How far before a name its count may start: "10大类52项" or "40件群众急难愁盼" and a little more.</summary>
    const int CountWindow = 30;

    public static List<LivelihoodStatement> Find(ParsedReport report, List<Block> blocks)
    {
        IReadOnlyDictionary<string, string>? periods = null;
        var statements = new List<LivelihoodStatement>();
        foreach (var block in blocks.Where(b => LivelihoodNames.MayHold(b.Text)))
        {
            var text = block.Folded.Text;
            var clauses = Clauses.Split(text);
            var byClause = new SortedDictionary<int, LivelihoodStatement>();
            for (int at = LivelihoodNames.Words.Next(text, 0, 0, text.Length, out var word); at >= 0;
                 at = LivelihoodNames.Words.Next(text, at + word.Length, 0, text.Length, out word))
            {
                var clause = clauses.First(c => c.Start <= at && at < c.End);
                if (byClause.TryGetValue(clause.Start, out var seen) && seen.CountText is not null) continue;
                periods ??= ReportPeriods.Of(report);
                if (Read(report, blocks, block, clauses, clause, at, word, periods) is { } statement)
                    if (seen is null || statement.CountText is not null) byClause[clause.Start] = statement;
            }
            statements.AddRange(byClause.Values);
        }
        return statements;
    }

    static LivelihoodStatement? Read(ParsedReport report, List<Block> blocks, Block block, List<Span> clauses, Span clause, int at, string word,
        IReadOnlyDictionary<string, string> periods)
    {
        var text = block.Folded.Text;
        var use = LivelihoodNames.Use(word);
        int nameEnd = at + word.Length, from = Math.Max(0, at - CountWindow);
        var before = LivelihoodPatterns.CountBefore().Match(text, from, at - from);
        var after = LivelihoodPatterns.CountAfter().Match(text, nameEnd, text.Length - nameEnd);
        var count = before.Success ? before : after.Success && use == NameUse.Always ? after : null;
        // A list's counts are in 件, 项, 大 or 方面; "30个民生项目" counts projects of any kind.
        if (use != NameUse.Always && (count is null || count.Groups["unit"].Value == "个")) return null;

        int? number = count is null ? null : Value(count.Groups["count"].Value);
        int? categories = count?.Groups["categories"] is { Success: true } c ? Value(c.Value) : null;
        if (count?.Groups["unit"].Value is "大类" or "类") (categories, number) = (number, null);
        // The list may open before the count ("…等十件民生实事") or after the name and a count after it ("民生实事28项,包括…").
        int listAt = count == before ? before.Index : at;
        int end = count == after ? after.Index + after.Length : nameEnd;
        if (count is null && text.AsSpan(nameEnd).StartsWith("项目")) end += 2;

        var (items, numbered) = ItemLists.Find(blocks, block, listAt, end, number ?? categories);
        if (use == NameUse.CountedAndListed && (!numbered || items.Count != number)) return null;

        var period = ExplicitYear(text, clause, at) ?? PeriodOf(blocks, block, periods);
        var sentence = Sentence(text, at);
        var next = clauses.FirstOrDefault(c => c.Start > clause.Start);
        var span = block.Span(clause.Start, clause.End);
        return new LivelihoodStatement(block.ParagraphId, block.SectionId, period, span.Text, span.Start, span.End,
            block.Span(at, nameEnd).Text, StatusRules.Of(text, sentence, clause, next, nameEnd, period, report.Metadata.Year),
            count is null ? null : (count == before ? block.Span(before.Index, at) : block.Span(after.Groups["count"].Index, end)).Text,
            number, count?.Groups["unit"].Value, categories, LivelihoodPatterns.CandidatesAfter().IsMatch(text.AsSpan(nameEnd)), items);
    }

    static int? Value(string count) =>
        int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int d) ? d
        : ChineseNumerals.TryParse(count, out long n) && n <= int.MaxValue ? (int)n : null;

    /// <summary>A year the clause names before the name: "2024年省级民生实事项目…" speaks of 2024.</summary>
    static string? ExplicitYear(string text, Span clause, int at)
    {
        Match? last = null;
        for (var m = LivelihoodPatterns.Year().Match(text, clause.Start, at - clause.Start); m.Success; m = m.NextMatch()) last = m;
        return last?.Groups["year"].Value;
    }

    /// <summary>The period of the line's paragraph; a heading takes the period of the paragraph after it.</summary>
    static string? PeriodOf(List<Block> blocks, Block block, IReadOnlyDictionary<string, string> periods)
    {
        for (int i = block.Index; i < blocks.Count; i++)
            if (blocks[i].ParagraphId is { } id) return periods.GetValueOrDefault(id);
        return null;
    }

    /// <summary>The sentence around <paramref name="at"/>, between 。 ! or ? marks.</summary>
    public static Span Sentence(string text, int at)
    {
        int start = at == 0 ? 0 : text.LastIndexOfAny(['。', '!', '?'], at - 1) + 1;
        int end = text.IndexOfAny(['。', '!', '?'], at);
        return new Span(start, end < 0 ? text.Length : end);
    }
}
