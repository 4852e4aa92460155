using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// The delivery date of a cover, written in 年月日 ("2021年2月23日", "二〇二二年一月十八日"; full-width and spaced digits
/// are folded before matching: "２０１０年３月５日", "1 9 9 8 年3 月5 日"). A portal's "2025-01-22" is never one.
/// </summary>
static partial class CoverDate
{
    /// <summary>A delivery date opening <paramref name="key"/>, and the length it covers (further days included), or null.</summary>
    public static (string Iso, int Length)? AtStart(string key)
    {
        var m = Opening().Match(key);
        return m.Success && Iso(m) is { } iso ? (iso, m.Length) : null;
    }

    /// <summary>The delivery date when <paramref name="key"/> holds nothing else: "(2023年1月10日)", "——2023年1月10日".</summary>
    public static string? Alone(string key)
    {
        var m = Whole().Match(key);
        return m.Success ? Iso(m) : null;
    }

    /// <summary>The first day of the match as yyyy-MM-dd, or null when it is not a real date.</summary>
    static string? Iso(Match m)
    {
        int y = Number(m.Groups["y"].Value), mo = Number(m.Groups["m"].Value), d = Number(m.Groups["d"].Value);
        if (y is < 1949 or > 2999 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return $"{y:0000}-{mo:00}-{d:00}";
    }

    /// <summary>"2021", "二〇二一" or "一九六○" (a circle for 〇, as old texts type it), "12", "十二".</summary>
    static int Number(string s)
    {
        if (int.TryParse(s, out var n)) return n;
        return ChineseNumerals.TryParse(s.Replace('○', '〇'), out var v) && v < int.MaxValue ? (int)v : -1;
    }

    const string Year = @"(?<y>\d{4}|[〇○零一二三四五六七八九]{4})年";
    const string Month = @"(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})月";
    const string Day = @"(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})日";

    /// <summary>More days of the same sitting, of which the first is the delivery date: "至6日", "和12月1日", "、22日".</summary>
    const string FurtherDays = @"(?:(?:至|到|和|及|、|-|—|~)(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)*";

    /// <summary>"2021年2月23日在…", "1955年7月5日至6日在…", "1981年11月30日和12月1日在…".</summary>
    [GeneratedRegex("^" + Year + Month + Day + FurtherDays)]
    private static partial Regex Opening();

    /// <summary>"(2023年1月10日)", "——2023年1月10日": a date on a line (or in a clause) of its own.</summary>
    [GeneratedRegex(@"^[-—–―─~]*\(?" + Year + Month + Day + FurtherDays + @"\)?$")]
    private static partial Regex Whole();
}
