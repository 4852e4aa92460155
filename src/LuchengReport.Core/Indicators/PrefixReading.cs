using System.Text.RegularExpressions;

namespace LuchengReport.Core.Indicators;

/// <summary>
/// What the words between a clause's start and its number say: the subject, and the predicate words peeled off its
/// end (增长, 分别, 不低于, 控制在, 较上年 …) or its start (全年实现, 确保完成 …).
/// </summary>
internal sealed record PrefixReading(
    string Subject,
    int SubjectStart,
    string? Direction,
    string? PreQualifier,
    string? Distribution,
    bool Ranking,
    bool Done)
{
    public bool IsChange => Direction is not null;
}

internal static partial class PrefixGrammar
{
    /// <summary>
    /// One predicate word at the end of a prefix; applied repeatedly, right to left:
    /// "城乡居民人均可支配收入分别增长" → 增长, 分别; "事故起数和死亡人数较前两年平均数下降" → 下降, 较前两年平均数;
    /// "城镇登记失业率控制在" → 控制在; "非重点项目支出压减不低于" → 不低于, 压减; "排名全省城区前" → 前; as older
    /// reports write them, "农业总产值平均每年递增" → 递增, 每年, 平均; "棉花比一九五二年增产" → 增产, 比一九五二年;
    /// "钢产量将达到" → 达到, 将.
    /// 下降到/提高至 are levels (the value reached), so they are tried before the bare verbs; 年均 before 均.
    /// </summary>
    [GeneratedRegex(@"(?:(?<aux>了)|(?<pre>不低于|不少于|不超过|不高于|不到|不足|至少|突破|超过|逾|接近|将近|高于|低于|超|近|约)|" +
        @"(?<level>(?:下降|减少|增加|增长|提高|提升|上升|扩大|缩小)(?:到|至|为)|降至|降到|降为|减至|增至|达到|达|为|是|控制在|(?:继续)?(?:保持|稳定|维持)在?)|" +
        @"(?<up>增长|提高|增加|上升|提升|扩大|回升|递增|增产)|(?<down>下降|减少|压减|降低|缩小|缩减|削减|回落|下滑|递减|减产)|" +
        @"(?<basis>同比|环比|年均|平均|每年|实际|名义|同口径|可比口径|预计|预期目标|已经|将|即|又)|(?<dist>分别|均|各)|" +
        @"(?<cmp>(?:较|比)(?:上年同期|上一年|上年|去年|同期|前[^,;:。]{1,8}|(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})年[^,;:。]{0,6}))|(?<rank>前))$",
        RegexOptions.RightToLeft)]
    internal static partial Regex TailWord();

    /// <summary>
    /// Framing words before a subject: "全年实现地区生产总值" → 地区生产总值; "、上云企业" → 上云企业; "按可比价计算增长" and
    /// "扣除价格因素实际增长" (or 扣除物价因素) leave nothing, so the growth belongs to the subject before.
    /// </summary>
    [GeneratedRegex(@"^(?:[、和及与,:]|按可比价格?计算|扣除(?:价格|物价)因素|(?:初步)?预计|以及|其中|同时|并且|并|全年|今年|去年|当年|累计|共计|总计|全力|加快|大力|着力|积极|持续|继续|进一步|努力|力争|确保|争取|成功|实现|完成|基本|全面|深入|扎实|推进|推动|仅用|仅)")]
    private static partial Regex LeadWord();

    /// <summary>A change verb opening the subject: "压减政府一般性支出2.46亿元" is a fall of 政府一般性支出.</summary>
    [GeneratedRegex(@"^(?:(?<up>增加|提高)|(?<down>压减|减少|削减|降低|缩减))")]
    internal static partial Regex LeadChange();

    /// <summary>确保 and 力争 qualify a plain "=" target: "确保报会上市3家", "力争完成重大项目投资2000亿元".</summary>
    [GeneratedRegex(@"确保|力争|争取")]
    private static partial Regex Assurance();

    /// <summary>Reads text[start..end]; <paramref name="allowLeadingChange"/> for amounts and shares, not counts.</summary>
    /// <remarks>
    /// The words are found with <see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/> over the prefix, which
    /// allocates nothing, and told apart by the word itself rather than by the group that matched: the groups list
    /// different words (a test holds the two together), while a Match and its groups cost objects on every number.
    /// </remarks>
    public static PrefixReading Read(string text, int start, int end, bool allowLeadingChange)
    {
        string? direction = null, pre = null, dist = null;
        bool ranking = false, done = false;
        while (true)
        {
            while (end > start && FirstMatch(TailWord(), text, start, end) is var (at, length) && length > 0)
            {
                var word = text.AsSpan(at, length);
                // 人均 names a quantity per head ("城镇居民人均每年增长"): its 均 is no 均 of "均增长" (each grew by).
                if (word is "均" && at > start && text[at - 1] == '人') break;
                switch (TailKindOf(word))
                {
                    case TailKind.Up: direction ??= IndicatorVocabulary.Directions.Up; break;
                    case TailKind.Down: direction ??= IndicatorVocabulary.Directions.Down; break;
                    case TailKind.Pre: pre ??= word.ToString(); break;
                    case TailKind.Distribution: dist ??= word.ToString(); break;
                    case TailKind.Rank: ranking = true; break;
                    case TailKind.Done: done = true; break;
                }
                end = at;
            }
            // "涨幅在3%以内", "比重分别在": before an amount or a share a 在 left over is the verb (to stand at), and the
            // words before it are read on; before a count it is the preposition of a place ("在36个城市开展试点").
            if (!allowLeadingChange || end <= start || text[end - 1] != '在') break;
            end--;
        }
        while (start < end && FirstMatch(LeadWord(), text, start, end) is var (at, length) && length > 0)
            start = at + length;
        if (direction is null && allowLeadingChange && FirstMatch(LeadChange(), text, start, end) is var (_, changeLength) && changeLength > 0)
        {
            direction = IsUpVerb(text.AsSpan(start, changeLength)) ? IndicatorVocabulary.Directions.Up : IndicatorVocabulary.Directions.Down;
            start += changeLength;
        }
        return new PrefixReading(text[start..end], start, direction, pre, dist, ranking, done);
    }

    /// <summary>
    /// Where the first match of <paramref name="pattern"/> in text[start..end) is, as Match(text, start, end - start)
    /// finds it; length -1 where there is none (a match may be empty).
    /// </summary>
    static (int At, int Length) FirstMatch(Regex pattern, string text, int start, int end)
    {
        foreach (var m in pattern.EnumerateMatches(text.AsSpan(start, end - start))) return (start + m.Index, m.Length);
        return (start, -1);
    }

    /// <summary>The groups of <see cref="TailWord"/> that say something about the number; the rest (level, basis, cmp) are only peeled off.</summary>
    internal enum TailKind { Other, Done, Pre, Up, Down, Distribution, Rank }

    /// <summary>The group of <see cref="TailWord"/> a word it matched belongs to, told by the word itself.</summary>
    internal static TailKind TailKindOf(ReadOnlySpan<char> word) => word switch
    {
        "了" => TailKind.Done,
        "不低于" or "不少于" or "不超过" or "不高于" or "不到" or "不足" or "至少" or "突破" or "超过" or "逾" or "接近" or "将近"
            or "高于" or "低于" or "超" or "近" or "约" => TailKind.Pre,
        "增长" or "提高" or "增加" or "上升" or "提升" or "扩大" or "回升" or "递增" or "增产" => TailKind.Up,
        "下降" or "减少" or "压减" or "降低" or "缩小" or "缩减" or "削减" or "回落" or "下滑" or "递减" or "减产" => TailKind.Down,
        "分别" or "均" or "各" => TailKind.Distribution,
        "前" => TailKind.Rank,
        _ => TailKind.Other,
    };

    /// <summary>Whether a word <see cref="LeadChange"/> matched is of its up group (增加, 提高) rather than its down group.</summary>
    internal static bool IsUpVerb(ReadOnlySpan<char> word) => word is "增加" or "提高";

    /// <summary>
    /// 预计 when the sentence holds it before the number, else null: it may open the sentence and cover its clauses
    /// ("预计全年地区生产总值增长5%左右,一般公共预算收入增长3%") or stand before a verb ("软件业务收入预计增长16%").
    /// </summary>
    public static string? EstimateIn(string text, int sentenceStart, int end) =>
        text.AsSpan(sentenceStart, end - sentenceStart).Contains(IndicatorVocabulary.Qualifiers.Estimate, StringComparison.Ordinal)
            ? IndicatorVocabulary.Qualifiers.Estimate : null;

    /// <summary>确保, 力争 or 争取 when the clause before the number holds one.</summary>
    public static string? AssuranceIn(string text, int start, int end)
    {
        var (at, length) = FirstMatch(Assurance(), text, start, end);
        return length > 0 ? text.Substring(at, length) : null;
    }
}
