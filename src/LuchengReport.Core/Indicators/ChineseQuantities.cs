using System.Text.RegularExpressions;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Indicators;

internal static partial class MentionScanner
{
    /// <summary>
    /// A share or a quantity written in Chinese numerals, as older reports write their figures: "百分之十一点八",
    /// "千分之五", "百分之三十多", "八千亿斤", "二千四百万吨", "三点五万亿元", "两万多亿元", "二百八十万千瓦" (the
    /// numerals give 千 back to the unit), "十三个百分点", "增长一点五倍", "一亿吨以上". The numerals open with a digit
    /// or 十, so 千方百计, 百花齐放 and 万一 are no numbers, and a match never starts inside a figure (一千九百),
    /// after 点, after an ordinal's 第, a fraction's 之, 几 or 每, nor at 十 after 数 (数十万).
    /// </summary>
    /// <remarks>
    /// Found with EnumerateMatches and split by <see cref="SplitQuantity"/>, which reads the parts as the regex groups
    /// hold them (a test holds the two together). What the grammar cannot see is left to <see cref="AddChineseQuantities"/>.
    /// </remarks>
    [GeneratedRegex(@"(?<![零〇○一二两三四五六七八九十百千万亿第几每之])(?<![零〇一二两三四五六七八九十百千]点)(?!(?<=数)十)(?:" +
        @"(?<pct>百分之|千分之)(?<num>[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?)(?<approx>多|余)?|" +
        @"(?<num>[零〇一二两三四五六七八九十](?:[零〇一二两三四五六七八九十百千万亿]*[零〇一二两三四五六七八九十百千]|[零〇一二两三四五六七八九十百千万亿]*万(?=[多余]亿))?(?:点[零〇一二三四五六七八九]+)?)" +
        @"(?<approx>" + Approximations + ")?(?<scale>" + ChineseScales + ")?(?<approx>" + Approximations + ")?(?<unit>" + Units.Alternation + "))" +
        @"(?<post>" + Qualifiers + ")?")]
    internal static partial Regex ChineseQuantity();

    /// <summary>The scales a figure in words closes with; 万亿 before 万, as in the Arabic grammar.</summary>
    const string ChineseScales = "万亿|亿|万";

    /// <summary>What a share is written after: 百分之 (per cent) or 千分之 (per mille), with the unit each stands for.</summary>
    static string? ShareUnit(string? share) => share switch { "百分之" => "%", "千分之" => "‰", _ => null };

    /// <summary>One match of <see cref="ChineseQuantity"/>, with its groups; an absent group is "" (share, approx and post: null).</summary>
    internal readonly record struct ChineseMatch(int Index, int End, string? Share, string Num, string? Approx, string Scale, string Unit, string? Post);

    /// <summary>The matches of <see cref="ChineseQuantity"/> in <paramref name="text"/>, split: for the tests.</summary>
    internal static List<ChineseMatch> ChineseQuantityMatches(string text)
    {
        var matches = new List<ChineseMatch>();
        foreach (var m in ChineseQuantity().EnumerateMatches(text)) matches.Add(SplitQuantity(text, m.Index));
        return matches;
    }

    /// <summary>
    /// The parts of the match at <paramref name="at"/>, read as the regex reads them: after 百分之 the numerals are
    /// taken whole; otherwise the numerals give back characters from their end, longest reading first, until what
    /// follows them (a decimal, 多, a scale, a unit) ends in a unit: "二百八十万千瓦" is 二百八十, 万, 千瓦.
    /// </summary>
    static ChineseMatch SplitQuantity(string text, int at)
    {
        string? share = text.AsSpan(at).StartsWith("百分之") ? "百分之" : text.AsSpan(at).StartsWith("千分之") ? "千分之" : null;
        if (share is not null)
        {
            int numEnd = DecimalEnd(text, RunEnd(text, at + 3, NumeralChars));
            int end = numEnd;
            var approx = Word(ApproximationWords, text, ref end);
            var post = Word(QualifierWords, text, ref end);
            return new ChineseMatch(at, end, share, text[(at + 3)..numEnd], approx, "", "", post);
        }
        int runEnd = RunEnd(text, at + 1, FigureChars);
        // The regex's order: numerals ending in a digit or 十百千, longest first; then ending in 万 before 多亿 or 余亿; then one character.
        for (int e = runEnd; e >= at + 2; e--)
            if (NumeralChars.Contains(text[e - 1]) && TryTail(text, at, e) is { } match) return match;
        for (int e = runEnd; e >= at + 2; e--)
            if (text[e - 1] == '万' && e + 1 < text.Length && text[e] is '多' or '余' && text[e + 1] == '亿' && TryTail(text, at, e) is { } match)
                return match;
        return TryTail(text, at, at + 1) ?? throw new InvalidOperationException($"no quantity at {at}");
    }

    /// <summary>The match whose numerals end at <paramref name="numEnd"/>, if a unit follows them (after a decimal, 多 and a scale).</summary>
    static ChineseMatch? TryTail(string text, int at, int numEnd)
    {
        int end = DecimalEnd(text, numEnd);
        string num = text[at..end];
        var approx = Word(ApproximationWords, text, ref end);
        var scale = Word(ChineseScaleWords, text, ref end) ?? "";
        approx = Word(ApproximationWords, text, ref end) ?? approx;
        var unit = Word(UnitWords, text, ref end);
        if (unit is null) return null;
        var post = Word(QualifierWords, text, ref end);
        return new ChineseMatch(at, end, null, num, approx, scale, unit, post);
    }

    /// <summary>Past "点" and its digits, if a digit follows the point; else <paramref name="at"/>.</summary>
    static int DecimalEnd(string text, int at) =>
        at + 1 < text.Length && text[at] == '点' && DecimalChars.Contains(text[at + 1]) ? RunEnd(text, at + 1, DecimalChars) : at;

    static int RunEnd(string text, int at, CharSet chars)
    {
        while (at < text.Length && chars.Contains(text[at])) at++;
        return at;
    }

    /// <summary>Digits and 十百千: a figure's numerals end in one of these. With 万 and 亿, what a figure may hold.</summary>
    static readonly CharSet NumeralChars = new(ChineseAmounts.Digits + "十百千"), FigureChars = new(ChineseAmounts.Digits + "十百千万亿"),
        DecimalChars = new(ChineseAmounts.DecimalDigits);

    static readonly WordTable ChineseScaleWords = WordTable.Parse(ChineseScales);
}
