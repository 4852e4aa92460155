using System.Globalization;
using System.Text.RegularExpressions;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Indicators;

/// <summary>
/// Finds the numbers of a folded paragraph with their units, and drops the ones that do not measure anything:
/// numbers inside short quotes (“惠企35条”), codes (5G, 4A级, M1线, PM2.5, 3+25), ordinals (第3届) and the thresholds
/// that only define a class (10亿元以上单体制造业项目, 年税收超5亿元的楼宇). Bare numbers are kept, flagged, for 从…到.
/// </summary>
internal static partial class MentionScanner
{
    /// <summary>
    /// An Arabic number and its unit: "1172.32亿元", "1.26万人", "8%以上", "2.8%以内", "200多个", "71,082元", "1000亿",
    /// "1万多人", "1.93" (bare). The look-behind keeps a match from starting inside another number.
    /// </summary>
    /// <remarks>Read by <see cref="ArabicNumbers"/>, which finds the same matches without a regex; a test holds the two together.</remarks>
    [GeneratedRegex(@"(?<![\d.])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<approx>" + Approximations + ")?(?<scale>" + Scales
        + ")?(?<approx>" + Approximations + ")?(?<unit>" + Units.Alternation + ")?(?<post>" + Qualifiers + ")?")]
    internal static partial Regex ArabicNumber();

    /// <summary>万亿 before 万, so 74.4万亿元 is 74.4 of 万亿元 and not 74.4 万 followed by a stray 亿.</summary>
    const string Approximations = "多|余", Scales = "千万|百万|万亿|万|亿", Qualifiers = "以上|以内|以下|之内|左右";

    /// <summary>A Chinese-numeral magnitude after a threshold verb: "突破千亿大关", "超百亿元" (the verb stays in the prefix).</summary>
    [GeneratedRegex(@"(?<=突破|超过|超|迈上|跨越|站上|逾)(?<num>[一二两三四五六七八九十百千]+)(?<scale>亿|万)(?<unit>元|美元)?(?<tail>大关)?(?!级)")]
    internal static partial Regex ChineseMagnitude();

    /// <summary>
    /// A Chinese-numeral count after a verb of doing or having: "形成了十二个候选项目", "新增三家". 一 alone is an article
    /// (一个, 一家), so counts start at 两; 三个月 and 六方面 are durations and headings, not counts.
    /// </summary>
    [GeneratedRegex(@"(?<=了|共|计|有|达|新增|新建|建成|完成|形成|推出|落地|引进|培育|创成|开工)(?<num>[两三四五六七八九十百千][一二两三四五六七八九十百千]{0,3}|一[十百千][一二三四五六七八九十百千]{0,2})(?<unit>[个家项所名条座幢户套处])(?!月|小时|方面|星期|年|工作日)")]
    internal static partial Regex ChineseCount();

    public static List<Mention> Scan(string text, bool[] quoted)
    {
        var found = new List<Mention>();
        foreach (var m in ArabicNumbers(text))
        {
            // A digit run too long for a decimal is an identifier, not a measurement.
            if (!decimal.TryParse(m.Num.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            var mention = new Mention(m.Index, m.End, value, m.Num, m.Scale, m.Unit, m.Approx, m.Post, NumberForm.Arabic);
            if (!IsExcluded(text, quoted, mention)) found.Add(mention);
        }
        AddChineseQuantities(found, text, quoted);
        AddChineseMagnitudes(found, text, quoted);
        AddChineseCounts(found, text, quoted);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        JoinRanges(text, found);
        return found;
    }

    // The Chinese numerals are found with EnumerateMatches, which allocates nothing per paragraph, and their parts read
    // from the matched word: the numerals, the scale and the unit are written from different characters, so the word
    // splits one way only. A test holds this to the regex groups.

    /// <summary>"百亿元大关": the numerals, then 亿 or 万, then 元 or 美元 if written, then 大关.</summary>
    static void AddChineseMagnitudes(List<Mention> found, string text, bool[] quoted)
    {
        foreach (var m in ChineseMagnitude().EnumerateMatches(text))
        {
            var word = text.AsSpan(m.Index, m.Length);
            int scaleAt = word.IndexOfAny("亿万");
            var rest = word[(scaleAt + 1)..];
            var unit = rest.StartsWith("美元") ? "美元" : rest.StartsWith('元') ? "元" : "";
            AddChinese(found, quoted, m.Index, m.Length, word[..scaleAt].ToString(), word[scaleAt] == '亿' ? "亿" : "万", unit);
        }
    }

    /// <summary>"十二个": the numerals, then one classifier.</summary>
    static void AddChineseCounts(List<Mention> found, string text, bool[] quoted)
    {
        foreach (var m in ChineseCount().EnumerateMatches(text))
            AddChinese(found, quoted, m.Index, m.Length, text.Substring(m.Index, m.Length - 1), scale: "", text.Substring(m.Index + m.Length - 1, 1));
    }

    static void AddChinese(List<Mention> found, bool[] quoted, int index, int length, string num, string scale, string unit)
    {
        if (!ChineseNumerals.TryParse(num, out long value) || value < 2 || quoted[index] || ReadAsQuantity(found, index, index + length)) return;
        found.Add(new Mention(index, index + length, value, num, scale, unit, Approx: null, Post: null, NumberForm.ChineseCount));
    }

    /// <summary>
    /// Whether a share or quantity in words already holds some of [start, end): "增长了三个百分点" is 3 个百分点, not a
    /// count of three; "突破两千亿元" is a quantity like any other.
    /// </summary>
    static bool ReadAsQuantity(List<Mention> found, int start, int end)
    {
        foreach (var m in found)
            if (m.Form == NumberForm.ChineseQuantity && m.Start < end && start < m.End) return true;
        return false;
    }

    static bool IsExcluded(string text, bool[] quoted, Mention m)
    {
        if (quoted[m.Start]) return true;
        char before = m.Start > 0 ? text[m.Start - 1] : ' ';
        char after = m.End < text.Length ? text[m.End] : ' ';
        // Codes and names: PM2.5, M1线, P2P, 3+25+31, 5G, 4A级; ordinals: 第3届.
        if (char.IsAsciiLetter(before) || before is '+' or '第' or '/' or '_') return true;
        if (char.IsAsciiLetterOrDigit(after) || after is '+' or '/' or '_') return true;
        // 13亿人民, 十亿人民: the people as a whole, named in a speech, not a count (十亿人口 is one).
        if (m.BaseUnit == "人" && after == '民') return true;
        // 世界500强企业, 联手世界500强建设: N强 followed by a noun names a club; a ranking closes its clause (进入全省30强,).
        if (m.BaseUnit == "强" && TextMarks.IsIdeograph(after)) return true;
        // 人均预期寿命达到82.3岁。 is a value; 年满18岁的 and 60岁老人 only say who is meant.
        if (m.BaseUnit == "岁" && m.End < text.Length && !TextMarks.IsClauseEnd(after)) return true;
        // 24小时自助图书馆 and 15分钟便民服务 are names; 15分钟文化圈 is a time circle (an edge fact).
        if (m.BaseUnit is "小时" or "分钟" && TextMarks.IsIdeograph(after) && !NamesACircle(text, m.End)) return true;
        return DefinesAClass(text, m, before, after);
    }

    /// <summary>
    /// 10亿元以上单体制造业项目 and 年税收超5亿元的楼宇: the number only says which things are counted. A list joiner
    /// after 以上 (8%以上和9%) does not make a class.
    /// </summary>
    static bool DefinesAClass(string text, Mention m, char before, char after)
    {
        if (m.Post is "以上" or "以下" && TextMarks.IsIdeograph(after) && !TextMarks.ListJoiners.Contains(after) && after != '并')
            return true;
        bool afterExceeds = before == '超' || (m.Start >= 2 && text.AsSpan(m.Start - 2, 2) is "超过");
        return afterExceeds && after == '的';
    }

    static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>Whether the words after a duration close a time circle within a few characters: "分钟文化圈", "小时交通圈".</summary>
    static bool NamesACircle(string text, int from)
    {
        for (int i = from; i < text.Length && i < from + 6 && !TextMarks.IsClauseEnd(text[i]); i++)
            if (text[i] == '圈') return true;
        return false;
    }

    /// <summary>What may follow a bare number for it to be a date, an edition or an age rather than a value (2015年, 2.0版).</summary>
    const string DateLike = "年月日号届期版周岁时点";

    /// <summary>A bare number that is a year, a date, an edition: never a value, and invisible to the list rules.</summary>
    public static bool IsDateLike(string text, Mention m) => m.IsBare && m.End < text.Length && DateLike.Contains(text[m.End]);
}
