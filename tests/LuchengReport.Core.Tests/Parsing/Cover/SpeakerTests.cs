using System.Text;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing.Cover;

public class SpeakerTests
{
    const string Delivery = "——2030年1月15日在江南省第十四届人民代表大会第三次会议上";

    [Theory]
    [InlineData("国务院总理 张三丰", "张三丰", "国务院总理")]
    [InlineData("国务院代总理　李四海", "李四海", "国务院代总理")]
    [InlineData("总理王五", "王五", "总理")]
    [InlineData("国务院副总理兼国家计划委员会主任赵六", "赵六", "国务院副总理兼国家计划委员会主任")]
    [InlineData("副总理兼财政部长钱七", "钱七", "副总理兼财政部长")]
    [InlineData("国务委员兼国家计划委员会主任孙八", "孙八", "国务委员兼国家计划委员会主任")]
    [InlineData("江南省人民政府省长 周九", "周九", "省长")]
    [InlineData("江南省省长 周九", "周九", "省长")]
    [InlineData("省长 周九", "周九", "省长")]
    [InlineData("江南省代省长周九", "周九", "代省长")]
    [InlineData("山海市市长 吴十同志", "吴十", "市长")]
    [InlineData("山海市人民政府代市长郑一鸣", "郑一鸣", "代市长")]
    [InlineData("自治区主席 买买提·艾力", "买买提·艾力", "主席")]
    [InlineData("西岭壮族自治区人民政府主席 韦三", "韦三", "主席")]
    [InlineData("西岭自治区代理主席 扎西顿珠", "扎西顿珠", "代理主席")]
    [InlineData("白云藏族自治州人民政府州长 尼玛次仁", "尼玛次仁", "州长")]
    [InlineData("青山盟盟长 巴特尔", "巴特尔", "盟长")]
    [InlineData("白云旗人民政府旗长 其木格", "其木格", "旗长")]
    [InlineData("青田县人民政府县长 张三", "张三", "县长")]
    [InlineData("东湖区区长冯二", "冯二", "区长")]
    [InlineData("县长：张三", "张三", "县长")]
    [InlineData("白云地区行政公署专员 李四", "李四", "专员")]
    public void The_speakers_line_gives_the_name_and_the_office_without_the_place(string line, string name, string role)
    {
        var m = Covers.Read("政府工作报告", Delivery, line);
        Assert.Equal((name, role), (m.Speaker, m.SpeakerRole));
    }

    [Theory]
    [InlineData("2030年1月15日在江南省第十四届人民代表大会第三次会议上江南省人民政府省长 周九作政府工作报告")]
    [InlineData("2030年1月15日在江南省第十四届人民代表大会第三次会议上省长周九作政府工作报告。")]
    [InlineData("——2030年1月15日省长 周九在江南省第十四届人民代表大会第三次会议上的讲话")]
    [InlineData("——2030年1月15日江南省人民政府省长周九在江南省第十四届人民代表大会第三次会议上的讲话")]
    [InlineData("——2030年1月15日周九省长在江南省第十四届人民代表大会第三次会议上")]
    public void The_speaker_on_the_delivery_line_is_read_before_or_after_the_venue(string line)
    {
        var m = Covers.Read("2030年江南省政府工作报告", line);
        Assert.Equal(("周九", "省长", "2030-01-15", "江南省"), (m.Speaker, m.SpeakerRole, m.DeliveredOn, m.Place));
    }

    [Fact]
    public void The_speakers_line_may_stand_above_the_delivery_line()
    {
        var m = Covers.Read("政府工作报告", "青田县人民政府代县长 张三", "——2023年1月10日在青田县第十八届人民代表大会第二次会议上");
        Assert.Equal(("张三", "代县长", "2023-01-10"), (m.Speaker, m.SpeakerRole, m.DeliveredOn));
    }

    [Theory]
    [InlineData("2030年江南省政府工作报告\n来源：江南日报\n" + Delivery + "\n江南省省长 周九\n")]
    [InlineData("2030年江南省政府工作报告\n" + Delivery + "\n来源：江南日报\n江南省省长 周九\n")]
    [InlineData("2030年江南省政府工作报告\n" + Delivery + "\n江南省省长 周九\n来源：江南日报\n")]
    [InlineData("2030年江南省政府工作报告\n——2030年1月15日省长 周九在江南省第十四届人民代表大会第三次会议上的讲话\n来源：江南日报\n")]
    public void A_source_line_anywhere_in_the_cover_is_never_the_title_or_the_speaker_nor_a_paragraph(string cover)
    {
        var report = ReportParser.Parse("x", "x.txt", Encoding.UTF8.GetBytes(cover + Covers.Body));
        var m = report.Metadata;
        Assert.Equal(("2030年江南省政府工作报告", "周九", "省长", "2030-01-15"), (m.Title, m.Speaker, m.SpeakerRole, m.DeliveredOn));
        Assert.Equal("各位代表：", report.Paragraphs[0].Text);
        Assert.DoesNotContain(report.Paragraphs, p => p.Text.Contains("来源"));
    }

    [Fact]
    public void A_cover_with_a_speaker_and_no_delivery_line_still_names_the_speaker()
    {
        var (m, bodyStart) = Covers.Parse("政府工作报告", "青田县人民政府县长 张三");
        Assert.Equal(("张三", "县长", "青田县", null), (m.Speaker, m.SpeakerRole, m.Place, m.DeliveredOn));
        Assert.Equal(2, bodyStart);
    }

    [Fact]
    public void Words_that_only_name_an_office_are_not_a_speaker() =>
        Assert.Null(Covers.Read("政府工作报告", Delivery, "江南省人民政府省长").Speaker);
}
