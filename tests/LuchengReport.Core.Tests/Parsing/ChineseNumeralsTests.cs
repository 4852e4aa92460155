using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十三", 23)]
    [InlineData("一百零五", 105)]
    [InlineData("千", 1000)]
    [InlineData("两万", 20000)]
    [InlineData("二〇二一", 2021)]
    public void Chinese_numerals_read_as_numbers(string text, long expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("十a")]
    [InlineData("大")]
    public void Anything_else_is_not_a_numeral(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));
}
