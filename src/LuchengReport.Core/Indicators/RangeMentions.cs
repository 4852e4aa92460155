namespace LuchengReport.Core.Indicators;

internal static partial class MentionScanner
{
    /// <summary>
    /// What may stand between the two ends of a range, alone: "6.5%-7%" (a full-width － folds to -), "5.0%—5.5%",
    /// "6.5%–7%", "3%~4%" (～ folds to ~), "6.5%至7%", "3到5个". Two dashes (——) are prose, not a range.
    /// </summary>
    const string RangeMarks = "-—–~〜至到";

    /// <summary>
    /// Joins, in place, each "low, mark, high" pair into one mention holding both ends: "增长6.5%-7%", "6.5—7%" (the
    /// low end written without its unit takes the high end's), "5-6亿元", "6.5%至7%", "百分之八到百分之九". Not a
    /// range: ends in different units or scales ("5000万-1亿元"), ends written differently (digits and words) or a
    /// Chinese count, a low end with its own qualifier or 多/余, a high end without a unit (the years of
    /// "2021-2025年"), ends that do not rise, and 至/到 after 从/由 in the same clause (从6%提高到7% is a baseline and
    /// the value reached, read by the 从…到 rule).
    /// </summary>
    static void JoinRanges(string text, List<Mention> found)
    {
        int kept = 0;
        for (int i = 0; i < found.Count; i++)
        {
            var low = found[i];
            if (i + 1 < found.Count && IsRange(text, low, found[i + 1]) is { } high)
            {
                found[kept++] = new Mention(low.Start, high.End, low.Value, low.ValueText, high.Scale, high.BaseUnit,
                    Approx: null, high.Post, low.Form, High: high.Value);
                i++;
            }
            else found[kept++] = low;
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>The high end when <paramref name="low"/> and <paramref name="next"/> are the two ends of one range, else null.</summary>
    static Mention? IsRange(string text, Mention low, Mention next)
    {
        if (next.Start != low.End + 1 || !RangeMarks.Contains(text[low.End])) return null;
        if (low.Form != next.Form || low.Form == NumberForm.ChineseCount || next.IsBare || low.Approx is not null || low.Post is not null || next.Approx is not null) return null;
        bool sameUnit = low.BaseUnit == next.BaseUnit && low.Scale == next.Scale
            || low.BaseUnit.Length == 0 && (low.Scale.Length == 0 || low.Scale == next.Scale);
        if (!sameUnit || low.Value >= next.Value) return null;
        if (text[low.End] is '至' or '到' && OpensFromTo(text, low.Start)) return null;
        return next;
    }

    /// <summary>Whether 从 or 由 stands in the clause before <paramref name="pos"/>: "城镇化率由70%至72%".</summary>
    static bool OpensFromTo(string text, int pos)
    {
        for (int i = pos - 1; i >= 0 && pos - i <= TextMarks.SubjectWindow && !TextMarks.IsClauseEnd(text[i]); i--)
            if (text[i] is '从' or '由') return true;
        return false;
    }
}
