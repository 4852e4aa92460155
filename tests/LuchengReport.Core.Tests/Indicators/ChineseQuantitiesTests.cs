using System.Text.RegularExpressions;
using LuchengReport.Core.Indicators;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>The hand split of a share or quantity in words gives the parts the regex groups capture, match for match.</summary>
public class ChineseQuantitiesTests
{
    /// <summary>
    /// Numerals, the words of the pattern and the characters that border or block a match (第, 几, 数, 每, 之, ○), with
    /// units that share characters with numerals (千瓦, 千米, 百分点) so that the numerals must give some back.
    /// </summary>
    static readonly string[] Tokens =
    [
        "零", "〇", "一", "二", "两", "三", "五", "九", "十", "百", "千", "万", "亿", "万亿", "点", "点五", "多", "余",
        "百分之", "千分之", "百分点", "个百分点", "个", "倍", "吨", "千瓦", "千瓦时", "千瓦小时", "千米", "米", "元", "斤", "人", "%",
        "以上", "左右", "之内", "至", "到", "、", "第", "几", "数", "每", "之", "○", "的", "级", "增长", "5", "a",
    ];

    static List<(int, int, string?, string, string?, string, string, string?)> ByRegex(string text) =>
        MentionScanner.ChineseQuantity().Matches(text).Select(m => (m.Index, m.Index + m.Length,
            m.Groups["pct"].Success ? m.Groups["pct"].Value : null, m.Groups["num"].Value,
            m.Groups["approx"].Success ? m.Groups["approx"].Value : null, m.Groups["scale"].Value, m.Groups["unit"].Value,
            m.Groups["post"].Success ? m.Groups["post"].Value : null)).ToList();

    static List<(int, int, string?, string, string?, string, string, string?)> ByHand(string text) =>
        MentionScanner.ChineseQuantityMatches(text).Select(m => (m.Index, m.End, m.Share, m.Num, m.Approx, m.Scale, m.Unit, m.Post)).ToList();

    [Fact]
    public void Every_paragraph_of_the_report_reads_the_same()
    {
        foreach (var text in RealSeed.FoldedParagraphs) Assert.Equal(ByRegex(text), ByHand(text));
    }

    [Fact]
    public void Strings_of_numerals_scales_units_and_borders_read_the_same()
    {
        foreach (var text in TokenStrings.Drawn(Tokens, seed: 13, count: 60_000, minTokens: 0, maxTokens: 10))
            Assert.Equal(ByRegex(text), ByHand(text));
    }

    /// <summary>The alternatives of a group of the pattern: "(?&lt;scale&gt;万亿|亿|万)" gives 万亿, 亿, 万.</summary>
    static string[] Alternatives(Regex pattern, string group) =>
        Regex.Match(pattern.ToString(), $@"\(\?<{group}>([^()]*)\)").Groups[1].Value.Split('|');

    [Fact]
    public void Every_numeral_scale_unit_and_tail_of_the_pattern_reads_the_same()
    {
        var pattern = MentionScanner.ChineseQuantity();
        string[] numerals = ["一", "两", "十", "十二", "一百", "三千", "一千九百", "三亿零五", "十四亿七千", "三点五", "两万", "百分之八", "千分之十一点八"];
        foreach (var numeral in numerals)
        foreach (var approx in new[] { "", "多" })
        foreach (var scale in Alternatives(pattern, "scale").Append(""))
        foreach (var unit in Alternatives(pattern, "unit").Append(""))
        foreach (var tail in Alternatives(pattern, "post").Append("").Append("级").Append("至九"))
        {
            var text = $"全年{numeral}{approx}{scale}{unit}{tail}。";
            Assert.Equal(ByRegex(text), ByHand(text));
        }
    }
}
