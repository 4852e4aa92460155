using System.Text.RegularExpressions;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// Whether a statement speaks of projects done, planned or put to a vote. The words of its own clause come first
/// ("去年…", "今年…"), then the time of the place it stands in (a review of last year, the plan year, a five-year plan),
/// then, where that time is unknown, the time words of its sentence ("今年,…,扎实办好“十件民生实事”"), a completion
/// said right after the name ("…35件民生实事,全部高标准完成") or a future in its own clause ("将继续办好…").
/// </summary>
internal static partial class StatusRules
{
    /// <param name="text">The line's folded text.</param>
    /// <param name="sentence">The statement's sentence.</param>
    /// <param name="clause">Its clause.</param>
    /// <param name="nameEnd">Where the name ends: completion words count only after it, in its clause or the next.</param>
    /// <param name="next">The clause after the statement's, within its sentence (empty at the sentence's end).</param>
    public static string? Of(string text, Projects.Span sentence, Projects.Span clause, Projects.Span next, int nameEnd, string? period, int? year)
    {
        if (Vote().IsMatch(text.AsSpan(sentence.Start, sentence.Length))) return StatementStatus.Voted;
        var own = text.AsSpan(clause.Start, clause.Length);
        if (PastWords().IsMatch(own)) return StatementStatus.Done;
        if (PlanWords().IsMatch(own)) return StatementStatus.Planned;
        if (period is not null && year is int y) return PeriodOrder.SortKey(period).End < y ? StatementStatus.Done : StatementStatus.Planned;
        var whole = text.AsSpan(sentence.Start, sentence.Length);
        if (PastWords().IsMatch(whole)) return StatementStatus.Done;
        if (PlanWords().IsMatch(whole)) return StatementStatus.Planned;
        int completionEnd = Math.Max(clause.End, Math.Min(next.End, sentence.End));
        if (Completed().IsMatch(text.AsSpan(nameEnd, completionEnd - nameEnd))) return StatementStatus.Done;
        if (FutureWords().IsMatch(own)) return StatementStatus.Planned;
        return null;
    }

    /// <summary>Put to a vote of the people's congress: "提请本次大会票决", "由省人大全体代表票决确定", "对票决出来的…".</summary>
    [GeneratedRegex("票决")]
    private static partial Regex Vote();

    /// <summary>Last year named: "去年33项民生实事全部完成", "一年来…", "过去一年…".</summary>
    [GeneratedRegex("去年|上年|过去一年|一年来")]
    private static partial Regex PastWords();

    /// <summary>This year named: "今年再办好15件民生实事", "明年…".</summary>
    [GeneratedRegex("今年|明年|本年度")]
    private static partial Regex PlanWords();

    /// <summary>Done, said after the name: "…民生实事全部完成", "…圆满完成", "…全部兑现", "…如期交账", "…办结".</summary>
    [GeneratedRegex("完成|兑现|交账|办结")]
    private static partial Regex Completed();

    /// <summary>To be done: "将继续办好…", "接续办好…", "计划实施…", "拟安排…".</summary>
    [GeneratedRegex("将|继续|接续|计划|拟")]
    private static partial Regex FutureWords();
}
