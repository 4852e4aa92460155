using System.Text.RegularExpressions;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Indicators;

/// <summary>
/// Years as reports write them, over folded text (full-width digits are half-width, spaces are gone, so "２００９年" and
/// "1 9 9 8 年" read as 2009年 and 1998年): Arabic digits, or Chinese numerals digit by digit ("二〇二五年", "一九九○年",
/// where older texts write the circle ○ for 〇).
/// </summary>
internal static partial class YearWords
{
    /// <summary>
    /// A year as written, for patterns of other rules that step over one ("比一九五二年", "由2015年的"): the digits and 年.
    /// </summary>
    public const string Written = @"(?:(?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})年";

    /// <summary>A year and its 年: "2025年", "一九九一年". Not inside a longer number ("12025年").</summary>
    [GeneratedRegex(@"(?<![\d〇○零一二三四五六七八九])(?<year>(?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})年")]
    public static partial Regex Year();

    /// <summary>The year a match of <see cref="Year"/> names.</summary>
    public static int Of(Match m) => ValueOf(m.Groups["year"].Value);

    static int ValueOf(string digits) =>
        char.IsAsciiDigit(digits[0]) ? int.Parse(digits)
        : ChineseNumerals.TryParse(digits.Replace('○', '〇'), out long value) ? (int)value
        : 0;
}
