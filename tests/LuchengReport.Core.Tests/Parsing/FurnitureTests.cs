using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing;

public class FurnitureTests
{
    [Theory]
    [InlineData("一图读懂丨2021年,鹿城将这样干!")]
    [InlineData("数读《政府工作报告》")]
    [InlineData("【返回顶部】【打印本稿】【关闭本页】")]
    [InlineData("　　【返回顶部】　【关闭本页】")]
    [InlineData("来源：江南日报")]
    [InlineData("来源: 山海日报   ")]
    [InlineData("文章来源：山海市人民政府网")]
    [InlineData("发布日期：2030-01-22 10:00")]
    [InlineData("发布时间：2030-01-22　来源：江南日报　浏览次数：1024")]
    [InlineData("2030-01-22 10:30:00 来源：山海新闻网")]
    [InlineData("2030年01月22日 10:30　来源：江南日报")]
    [InlineData("时间：2030-01-22")]
    [InlineData("浏览次数：1024")]
    [InlineData("责任编辑：张三")]
    [InlineData("【字体：大 中 小】")]
    [InlineData("字体：大　中　小")]
    [InlineData("打印 | 分享 | 关闭")]
    [InlineData("分享到：")]
    [InlineData("点击查阅：2030年政府工作报告图解")]
    [InlineData("首页 > 政务公开 > 规划计划")]
    [InlineData("当前位置：首页 > 政务公开")]
    public void Web_page_furniture_is_recognised(string line) => Assert.True(Furniture.IsFurniture(SourceLine.Split(line)[0]));

    [Theory]
    [InlineData("一、2020年主要工作和“十三五”发展回顾")]
    [InlineData("各位代表:")]
    [InlineData("数读经济形势,我们更有信心。")]
    [InlineData("资金来源：中央预算内投资和地方专项债券。")]
    [InlineData("数据来源于第七次全国人口普查。")]
    [InlineData("大中小学校舍改造全面完成。")]
    [InlineData("时间过半、任务过半。")]
    [InlineData("点亮城市夜景。")]
    [InlineData("信息来源：区政府办公室")]
    [InlineData("发布时间：2030-01-20　索引号：001/2030-1")]
    [InlineData("2030年1月15日在江南省第十四届人民代表大会第三次会议上")]
    public void Report_text_is_not_furniture(string line) => Assert.False(Furniture.IsFurniture(SourceLine.Split(line)[0]));

    [Fact]
    public void No_furniture_reaches_the_paragraphs() =>
        Assert.DoesNotContain(RealSeed.Report.Paragraphs, p => p.Text.Contains("一图读懂") || p.Text.Contains("数读《") || p.Text.Contains("【返回顶部】"));
}
