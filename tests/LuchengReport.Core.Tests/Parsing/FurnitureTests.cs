using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing;

public class FurnitureTests
{
    [Theory]
    [InlineData("一图读懂丨2021年,鹿城将这样干!")]
    [InlineData("数读《政府工作报告》")]
    [InlineData("【返回顶部】【打印本稿】【关闭本页】")]
    [InlineData("　　【返回顶部】　【关闭本页】")]
    public void Web_page_furniture_is_recognised(string line) => Assert.True(Furniture.IsFurniture(SourceLine.Split(line)[0]));

    [Theory]
    [InlineData("一、2020年主要工作和“十三五”发展回顾")]
    [InlineData("各位代表:")]
    [InlineData("数读经济形势,我们更有信心。")]
    public void Report_text_is_not_furniture(string line) => Assert.False(Furniture.IsFurniture(SourceLine.Split(line)[0]));

    [Fact]
    public void No_furniture_reaches_the_paragraphs() =>
        Assert.DoesNotContain(RealSeed.Report.Paragraphs, p => p.Text.Contains("一图读懂") || p.Text.Contains("数读《") || p.Text.Contains("【返回顶部】"));
}
