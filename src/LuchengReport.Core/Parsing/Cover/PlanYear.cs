using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// The year a report is for (its plan year), from what the text states, in this order:
/// <list type="number">
/// <item>the year its title names: "2022年政府工作报告", "2025年浙江省政府工作报告", "关于一九五八年度国民经济计划草案的报告"
/// (a title line naming one year only, with 政府工作报告 in it or 年度 after the year);</item>
/// <item>else the delivery year, for a report delivered from January to September;</item>
/// <item>for one delivered from October on, the year after the year it reviews, when it says which ("一、2022年工作回顾",
/// "即将过去的2022年" in a report of 2022-12-30 → 2023); a late report that does not say is null: it may be
/// for this year or for the next.</item>
/// </list>
/// Null when none of these is stated.
/// </summary>
static partial class PlanYear
{
    /// <summary>The first month of the part of the year when reports for the next year are delivered.</summary>
    const int LateMonth = 10;

    /// <param name="titleLines">The cover's lines above the delivery line (folded).</param>
    /// <param name="deliveredOn">yyyy-MM-dd or null.</param>
    /// <param name="opening">The first lines of the body (folded).</param>
    public static int? Of(IEnumerable<string> titleLines, string? deliveredOn, IEnumerable<string> opening)
    {
        foreach (var line in titleLines)
            if (TitleYear(line) is { } titled) return titled;
        if (deliveredOn is null) return null;
        int year = int.Parse(deliveredOn[..4]), month = int.Parse(deliveredOn[5..7]);
        if (month < LateMonth) return year;
        return ReviewedYear(opening) is { } reviewed && (reviewed == year || reviewed == year - 1) ? reviewed + 1 : null;
    }

    static int? TitleYear(string line)
    {
        if (YearToken().Matches(line).Count != 1) return null;
        var m = TitleOpeningYear().Match(line);
        if (!m.Success || (!line.Contains("政府工作报告") && !m.Groups["annual"].Success)) return null;
        return Year(m.Groups["y"].Value);
    }

    /// <summary>The year the opening of the body reviews, from its first part title or its first words, or null.</summary>
    static int? ReviewedYear(IEnumerable<string> opening)
    {
        foreach (var line in opening)
        {
            var m = ReviewHeading().Match(line);
            if (!m.Success) m = PastYear().Match(line);
            if (m.Success) return Year(m.Groups["y"].Value);
        }
        return null;
    }

    static int? Year(string s) =>
        int.TryParse(s, out var n) ? n : ChineseNumerals.TryParse(s.Replace('○', '〇'), out var v) ? (int)v : null;

    const string YearDigits = @"(?<y>\d{4}|[〇○零一二三四五六七八九]{4})";

    /// <summary>Any year in a title: "2022年", "一九五八年", "2006政府…" (a year without 年 before 政府工作报告).</summary>
    [GeneratedRegex(@"(?:\d{4}|[〇○零一二三四五六七八九]{4})(?:年|(?=政府工作报告))")]
    private static partial Regex YearToken();

    /// <summary>A title opening with its year: "2025年浙江省政府工作报告", "2006政府工作报告", "关于一九五八年度…".</summary>
    [GeneratedRegex("^(?:关于)?" + YearDigits + @"(?:(?<annual>年度)|年|(?=政府工作报告))")]
    private static partial Regex TitleOpeningYear();

    /// <summary>A part title reviewing a year: "一、2022年工作回顾", "2022年政府工作回顾" (short, not a sentence).</summary>
    [GeneratedRegex("^(?:[一二三四五六七八九十]{1,3}、)?" + YearDigits + @"年[^。,]{0,12}回顾$")]
    private static partial Regex ReviewHeading();

    /// <summary>An opening naming the year behind it: "刚刚过去的2024年", "即将过去的2022年".</summary>
    [GeneratedRegex("^(?:刚刚|即将)?过去的" + YearDigits + "年")]
    private static partial Regex PastYear();
}
