using System.Text;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing;

public class MetadataTests
{
    [Fact]
    public void The_header_and_cover_of_the_real_report_give_its_metadata()
    {
        var m = RealSeed.Report.Metadata;
        Assert.Equal("政府工作报告", m.Title);
        Assert.Equal("001008003001001/2021-31351", m.IndexNumber);
        Assert.Equal("政府工作报告", m.Category);
        Assert.Equal("区政府办公室", m.Publisher);
        Assert.Equal("2021-02-26", m.PublishedOn);
        Assert.Equal("主动公开", m.Disclosure);
        Assert.Equal("2021-02-23", m.DeliveredOn);
        Assert.Equal("温州市鹿城区", m.Place);
        Assert.Equal("鹿城区", m.District);
        Assert.Equal("第九届人民代表大会第五次会议", m.Session);
        Assert.Equal("白洪楞", m.Speaker);
        Assert.Equal("区长", m.SpeakerRole);
        Assert.Equal(2021, m.Year);
    }

    [Fact]
    public void Metadata_comes_from_the_text_not_from_memory()
    {
        const string text = """
            索引号：002/2022-1
            组配分类：政府工作报告 发布机构：县政府办
            生成日期：2022-01-20 公开方式：主动公开

            政府工作报告

            二〇二二年一月十八日在丽水市青田县
            第十八届人民代表大会第一次会议上

            青田县人民政府代县长张三丰

            各位代表：
            一、过去一年的工作
            （一）经济平稳。全年增长5%。
            """;
        var m = ReportParser.Parse("qingtian-2022", "q.txt", Encoding.UTF8.GetBytes(text)).Metadata;
        Assert.Equal(("002/2022-1", "政府工作报告", "县政府办", "2022-01-20", "主动公开"), (m.IndexNumber, m.Category, m.Publisher, m.PublishedOn, m.Disclosure));
        Assert.Equal(("2022-01-18", "丽水市青田县", "青田县", "第十八届人民代表大会第一次会议"), (m.DeliveredOn, m.Place, m.District, m.Session));
        Assert.Equal(("张三丰", "代县长", 2022), (m.Speaker, m.SpeakerRole, m.Year));
    }

    [Fact]
    public void A_State_Council_cover_gives_the_date_the_session_and_the_speaker_and_no_place()
    {
        const string text = """
            2030年政府工作报告
            ——２０３０年３月５日在第十九届全国人民代表大会第三次会议上
                                                       国务院总理　张三丰
            　　各位代表：
            　　一、2029年工作回顾
            """;
        var (m, bodyStart) = MetadataParser.Parse(SourceLine.Split(text));
        Assert.Equal(("2030年政府工作报告", "2030-03-05", "第十九届全国人民代表大会第三次会议"), (m.Title, m.DeliveredOn, m.Session));
        Assert.Equal(("张三丰", "国务院总理", 2030), (m.Speaker, m.SpeakerRole, m.Year));
        Assert.Equal((null, null), (m.Place, m.District));
        Assert.Equal(3, bodyStart);
    }

    [Fact]
    public void The_title_is_the_line_naming_the_report_above_a_theme_line() =>
        Assert.Equal("2030年政府工作报告", MetadataParser.Parse(SourceLine.Split(
            "2030年政府工作报告\n团结奋斗，再创新业\n——2030年3月5日在第十九届全国人民代表大会第三次会议上\n国务院总理 张三丰\n各位代表：")).Metadata.Title);

    [Fact]
    public void Without_a_salutation_the_body_starts_after_the_speakers_line()
    {
        var lines = SourceLine.Split("2030年政府工作报告（摘要）\n——2030年3月5日在第十九届全国人民代表大会第三次会议上\n国务院总理张三丰\n五年来，我们取得了新的成就。");
        Assert.Equal(3, MetadataParser.Parse(lines).BodyStart);
    }

    [Fact]
    public void A_short_line_between_the_cover_and_the_salutation_is_not_body()
    {
        var lines = SourceLine.Split("政府工作报告\n——2030年1月15日在江南省第十四届人民代表大会第三次会议上\n省长 周九\n（书面）\n各位代表：\n一、过去一年工作回顾");
        Assert.Equal(4, MetadataParser.Parse(lines).BodyStart);
    }

    [Fact]
    public void Missing_header_fields_are_null_rather_than_guessed()
    {
        var m = ReportParser.Parse("x", "x.txt", Encoding.UTF8.GetBytes("各位代表:\n一、工作回顾\n(一)经济平稳。增长5%。")).Metadata;
        Assert.Null(m.IndexNumber);
        Assert.Null(m.Speaker);
        Assert.Null(m.DeliveredOn);
        Assert.Null(m.Year);
    }
}
