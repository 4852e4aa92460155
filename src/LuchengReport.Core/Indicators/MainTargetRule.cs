using System.Text.RegularExpressions;
using LuchengReport.Core.Model;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Indicators;

/// <summary>
/// Where a report states its main expected targets for the year: [Start, End) of a paragraph's folded text, and the
/// period its numbers are for.
/// </summary>
internal sealed record TargetStatement(int Start, int End, string Period);

/// <summary>
/// Finds the statement of the year's main expected targets ("今年经济社会发展的主要预期目标是:…", "主要预期目标为:…",
/// "一九九一年国民经济和社会发展的主要目标是:" followed by "——…" paragraphs). It runs from its lead to the end of the
/// paragraph, or to a sentence that turns to explaining it ("上述目标…", "这里要着重说明…"); a lead that closes its
/// paragraph takes the list paragraphs that follow. Every number in it is a target of the plan year (or of the year
/// the lead names). A lead about another span ("今后五年…的主要目标是", "“十四五”时期…") or about last year is none.
/// </summary>
internal static partial class MainTargetRule
{
    /// <summary>"主要预期目标是", "主要预期目标为", "主要目标是", "主要目标任务是", "预期目标为", "主要预期目标:".</summary>
    [GeneratedRegex(@"(?<main>主要)?(?<expected>预期)?目标(?:任务)?(?:是|为|:)[:,]?")]
    private static partial Regex Lead();

    /// <summary>Words before a lead that make it about another span than the plan year: "今后五年", "“十四五”时期", "到2035年", "去年".</summary>
    [GeneratedRegex(@"五年|十[一二三四五六七八九]五|时期|期间|规划|纲要|远景|去年|上年|过去|[到至](?:19|20)\d\d年")]
    private static partial Regex OtherSpan();

    /// <summary>Words before a lead that say it is about this year: "今年", "本年度" (a written year, "2025年", is read by <see cref="YearWords"/>).</summary>
    [GeneratedRegex(@"今年|本年")]
    private static partial Regex ThisYear();

    /// <summary>Words before a bare "主要目标是" that make it the whole economy's, not one reform's: "国民经济和社会发展的主要目标是".</summary>
    [GeneratedRegex(@"发展|经济")]
    private static partial Regex Economy();

    /// <summary>
    /// How a sentence that explains the targets rather than stating more of them opens: "上述目标…", "确定以上目标…",
    /// "这里要着重说明…", "实现上述目标…", "总的考虑是…", "同时,要在…".
    /// </summary>
    [GeneratedRegex(@"^(?:这|上述|以上|确定|实现|提出|总的|综合|需要|同时|为此|为了|我们|要|只要|关键)")]
    private static partial Regex Explanation();

    /// <summary>A paragraph of a list the lead announces: "——农业总产值增长3.5%", "一是…", "(一)…", "1.…".</summary>
    [GeneratedRegex(@"^(?:——|--|[一二三四五六七八九十]是|\([一二三四五六七八九十]+\)|\d{1,2}[.、])")]
    private static partial Regex ListItem();

    /// <summary>A list announced by a lead holds a handful of items; the cap keeps a runaway list from taking a part.</summary>
    const int MaxListParagraphs = 12;

    /// <summary>Ends a sentence as a reader counts them (a semicolon only separates the items of one).</summary>
    const string FullStops = "。｡!?";

    sealed record Found(string ParagraphId, TargetStatement Statement, bool Strong);

    /// <summary>
    /// The statements of a report by paragraph id. A report states its main targets once; a lone "今年经济增长预期
    /// 目标为7%左右" counts only where the report has no "主要…目标" statement, so a target restated while explaining
    /// it is not a second one.
    /// </summary>
    public static Dictionary<string, List<TargetStatement>> Find(IReadOnlyList<Paragraph> paragraphs, int? year)
    {
        var found = new List<Found>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            // Most paragraphs never speak of targets: only those are folded.
            if (!paragraphs[i].Text.Contains("目标", StringComparison.Ordinal)) continue;
            var text = FoldedText.FoldString(paragraphs[i].Text);
            foreach (var (start, end) in Sentences(text))
                if (LeadIn(text, start, end, year) is var (leadEnd, period, strong) && leadEnd >= 0)
                {
                    // A lone "今年经济增长预期目标为7%左右" states its one target in its own sentence.
                    int statementEnd = strong ? StatementEnd(text, end) : end;
                    found.Add(new Found(paragraphs[i].Id, new TargetStatement(leadEnd, statementEnd, period), strong));
                    // "…的主要目标是:" closing its paragraph: the list follows in paragraphs of its own.
                    if (statementEnd == leadEnd) found.AddRange(ListAfter(paragraphs, i, period, strong));
                    break;
                }
        }
        bool anyStrong = found.Any(f => f.Strong);
        return found.Where(f => f.Strong || !anyStrong)
            .GroupBy(f => f.ParagraphId)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Statement).ToList());
    }

    /// <summary>Where the statement led in [start, end) begins, its period and whether it names itself main; end -1 for none.</summary>
    static (int End, string Period, bool Strong) LeadIn(string text, int start, int end, int? year)
    {
        for (var lead = Lead().Match(text, start, end - start); lead.Success; lead = lead.NextMatch())
        {
            bool main = lead.Groups["main"].Success, expected = lead.Groups["expected"].Success;
            if (!main && !expected) continue;
            var before = text[start..lead.Index];
            if (OtherSpan().IsMatch(before)) return (-1, "", false);
            var named = YearWords.Year().Match(before);
            bool dated = named.Success || ThisYear().IsMatch(before);
            // 主要预期目标 is the phrase of the year plan; a bare 主要目标 must say it is the year's or the economy's,
            // and a bare 预期目标 must say it is this year's.
            bool strong = main && (expected || dated || Economy().IsMatch(before));
            if (!strong && !(expected && dated)) continue;
            var period = named.Success ? YearWords.Of(named).ToString() : year?.ToString() ?? "unknown";
            return (lead.Index + lead.Length, period, strong);
        }
        return (-1, "", false);
    }

    /// <summary>The end of the statement whose lead sentence ends at <paramref name="from"/>: the paragraph end or an explaining sentence.</summary>
    static int StatementEnd(string text, int from)
    {
        foreach (var (start, _) in Sentences(text, from))
            if (Explanation().IsMatch(text.AsSpan(start))) return start;
        return text.Length;
    }

    /// <summary>The list paragraphs after a lead that closes paragraph <paramref name="at"/>, in its section.</summary>
    static IEnumerable<Found> ListAfter(IReadOnlyList<Paragraph> paragraphs, int at, string period, bool strong)
    {
        for (int i = at + 1; i < paragraphs.Count && i <= at + MaxListParagraphs && paragraphs[i].SectionId == paragraphs[at].SectionId; i++)
        {
            var text = FoldedText.FoldString(paragraphs[i].Text);
            if (!ListItem().IsMatch(text)) yield break;
            yield return new Found(paragraphs[i].Id, new TargetStatement(0, StatementEnd(text, 0), period), strong);
        }
    }

    /// <summary>The sentences of <paramref name="text"/> from <paramref name="from"/> as [start, end), each end past its full stop.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text, int from = 0)
    {
        int start = from;
        for (int i = from; i < text.Length; i++)
            if (FullStops.Contains(text[i]))
            {
                yield return (start, i + 1);
                start = i + 1;
            }
        if (start < text.Length) yield return (start, text.Length);
    }
}
