using System.Text.RegularExpressions;

namespace LuchengReport.Core.Indicators;

/// <summary>Completing and splitting subjects: lists, 城乡 pairs, shared heads, parallel verbs, nouns after the number.</summary>
internal static partial class SubjectRules
{
    /// <summary>Heads that name a quantity, so "事故起数和死亡人数" is two subjects but "城市更新和水利设施投资" is one.</summary>
    [GeneratedRegex(@"(?:数|率|额|量|值|比重|收入|支出|投入|投资|产值|总值)$")]
    private static partial Regex QuantityHead();

    /// <summary>
    /// A verb standing alone for a subject, sharing the object of the one before: "开工“大建大美”项目119个、建成66个"
    /// (建成 大建大美项目), "完成认购8548套、交钥匙2541套".
    /// </summary>
    [GeneratedRegex(@"^(?:开竣工|开工|竣工|建成|完成|新增|新建|改造|认购|交钥匙|签约|落地|引进|出让|拆除|整治|投用|培育|创成)")]
    private static partial Regex ActionVerb();

    /// <summary>Words that open the noun after a duration but belong to the predicate: "26天成功实现…归零".</summary>
    [GeneratedRegex(@"^(?:成功|就|即|便|实现)+")]
    private static partial Regex DurationLead();

    public static string Clean(string raw)
    {
        var s = TextMarks.CleanSubject(raw);
        // "市场采购贸易方式试点实现出口" names 市场采购贸易方式试点出口: 实现 inside a subject is a verb of achieving.
        int at = s.Length > 4 ? s.IndexOf("实现", 1, StringComparison.Ordinal) : -1;
        if (at > 0 && at + 2 < s.Length) s = s.Remove(at, 2);
        return s.EndsWith('的') ? s[..^1] : s;
    }

    /// <summary>The object of a subject that opens with an action verb (开工大建大美项目 → 大建大美项目), else null.</summary>
    public static string? ObjectOf(string subject) =>
        ActionVerbLength(subject) is > 0 and var length && length < subject.Length ? subject[length..] : null;

    public static bool IsLoneVerb(string subject) => ActionVerbLength(subject) is > 0 and var length && length == subject.Length;

    /// <summary>The length of the action verb <paramref name="subject"/> opens with, or -1.</summary>
    /// <remarks>Asked for every fact: EnumerateMatches finds it without allocating a Match.</remarks>
    static int ActionVerbLength(string subject)
    {
        foreach (var m in ActionVerb().EnumerateMatches(subject)) return m.Length;
        return -1;
    }

    /// <summary>
    /// "成功实现本地每日新增确诊病例归零" after 26天 → 本地每日新增确诊病例归零用时; a time circle (15分钟文化圈) is
    /// named by its noun.
    /// </summary>
    public static string DurationSubject(string nounAfter) =>
        nounAfter.EndsWith('圈') ? nounAfter : DurationLead().Replace(nounAfter, "") + "用时";

    /// <summary>A subject that is only a measure of something named before: "…项目119个,完成投资263.6亿元", "…1055家,总数达到3175家".</summary>
    public static bool IsBareHead(string subject) => BareHead().IsMatch(subject);

    [GeneratedRegex(@"^(?:总?投资|投资额|总额|金额|资金|产值|规模|总数|总量)$")]
    private static partial Regex BareHead();

    /// <summary>
    /// The noun phrase after a number, up to the clause end, to a list joiner that starts the next number
    /// ("3318幢城镇危房和2350户…"), or to a joiner that separates it from a later number in the same clause
    /// ("15分钟文化圈、城镇居民10分钟健身圈和…"); a 、 inside a name carries on ("9个在实施的国家级、省级改革试点").
    /// </summary>
    public static int NounEnd(string text, int pos, int limit, bool nextInClause)
    {
        int end = pos;
        while (end < limit && end - pos < 30)
        {
            char c = text[end];
            if (TextMarks.IsClauseEnd(c)) break;
            if (TextMarks.ListJoiners.Contains(c) && (nextInClause || end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
                break;
            end++;
        }
        return end;
    }
}
