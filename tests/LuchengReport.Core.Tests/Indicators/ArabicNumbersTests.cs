using LuchengReport.Core.Indicators;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>The hand-read Arabic numbers are the matches of the number regex, groups and all.</summary>
public class ArabicNumbersTests
{
    static readonly string[] Tokens =
    [
        "1", "23", "456", "7890", ",", ",123", ".", ".5", "多", "余", "万", "亿", "千万", "百万", "个", "个百分点", "百分点", "%", "‰",
        "微克/立方米", "平方公里", "以上", "以内", "左右", "٣", "元", "美元", "人次", "人", "a", "年",
    ];

    static List<(int, int, string, string?, string, string, string?)> ByRegex(string text) =>
        MentionScanner.ArabicNumber().Matches(text).Select(m => (m.Index, m.Index + m.Length, m.Groups["num"].Value,
            m.Groups["approx"].Success ? m.Groups["approx"].Value : null, m.Groups["scale"].Value, m.Groups["unit"].Value,
            m.Groups["post"].Success ? m.Groups["post"].Value : null)).ToList();

    static List<(int, int, string, string?, string, string, string?)> ByHand(string text) =>
        MentionScanner.ArabicNumbers(text).Select(m => (m.Index, m.End, m.Num, m.Approx, m.Scale, m.Unit, m.Post)).ToList();

    [Fact]
    public void Every_paragraph_of_the_report_reads_the_same()
    {
        foreach (var text in RealSeed.FoldedParagraphs) Assert.Equal(ByRegex(text), ByHand(text));
    }

    [Fact]
    public void Strings_of_digits_separators_scales_and_units_read_the_same()
    {
        foreach (var text in TokenStrings.Drawn(Tokens, seed: 7, count: 50_000, minTokens: 0, maxTokens: 12))
            Assert.Equal(ByRegex(text), ByHand(text));
    }

    [Theory]
    [InlineData("1,2345元", "1,234")]
    [InlineData("1234,567", "1234")]
    [InlineData("1.2.3", "1.2")]
    [InlineData("71,082元", "71,082")]
    public void Thousands_groups_and_decimals_end_where_the_regex_ends_them(string text, string number) =>
        Assert.Equal(number, ByHand(text)[0].Item3);
}
