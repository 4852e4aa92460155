using System.Text;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing.Cover;

public class CoverDateTests
{
    const string Venue = "在江南省第十四届人民代表大会第三次会议上";

    [Theory]
    [InlineData("2030年1月15日" + Venue, "2030-01-15")]
    [InlineData("——2030年1月15日" + Venue, "2030-01-15")]
    [InlineData("－－2030年1月15日" + Venue, "2030-01-15")]
    [InlineData("----2030年1月15日" + Venue, "2030-01-15")]
    [InlineData("　　——２０３０年１月１５日" + Venue, "2030-01-15")]
    [InlineData("——2 0 3 0 年1 月1 5 日" + Venue, "2030-01-15")]
    [InlineData("二〇三〇年一月十五日" + Venue, "2030-01-15")]
    [InlineData("——一九六○年四月六日" + Venue, "1960-04-06")]
    public void The_delivery_date_is_read_with_or_without_a_dash_in_any_digits(string line, string expected) =>
        Assert.Equal(expected, Covers.Read("政府工作报告", line, "省长 张三丰").DeliveredOn);

    [Theory]
    [InlineData("——2029年7月5日至6日" + Venue, "2029-07-05")]
    [InlineData("——2028年11月30日和12月1日" + Venue, "2028-11-30")]
    [InlineData("——２０２７年１２月２１日和２２日" + Venue, "2027-12-21")]
    public void Of_several_days_the_first_is_the_delivery_date(string line, string expected) =>
        Assert.Equal(expected, Covers.Read("政府工作报告", line, "省长 张三丰").DeliveredOn);

    [Fact]
    public void A_date_split_from_the_venue_over_two_lines_is_read() =>
        Assert.Equal("2030-01-15", Covers.Read("政府工作报告", "2030年1月15日", Venue, "省长 张三丰").DeliveredOn);

    [Fact]
    public void A_delivery_line_in_brackets_is_read_on_one_line_or_two()
    {
        Assert.Equal("2024-01-10", Covers.Read("政府工作报告", "（2024年1月10日在青田县第十八届人民代表大会第三次会议上）", "县长 张三").DeliveredOn);
        var m = Covers.Read("政府工作报告", "（2024年1月10日在丽水市青田县", "第十八届人民代表大会第三次会议上）", "县长 张三");
        Assert.Equal(("2024-01-10", "丽水市青田县", "张三"), (m.DeliveredOn, m.Place, m.Speaker));
        m = Covers.Read("政府工作报告", "（2024年1月10日县长张三在青田县第十八届人民代表大会第三次会议上的讲话）");
        Assert.Equal(("2024-01-10", "张三"), (m.DeliveredOn, m.Speaker));
    }

    [Fact]
    public void A_note_on_the_text_after_the_venue_does_not_hide_the_delivery_line() =>
        Assert.Equal("2024-01-10", Covers.Read("政府工作报告", "——2024年1月10日在青田县第十八届人民代表大会第三次会议上（摘要）", "县长 张三").DeliveredOn);

    [Fact]
    public void A_date_in_brackets_after_the_venue_is_the_delivery_date() =>
        Assert.Equal("2023-01-10", Covers.Read("政府工作报告", "——在青田县第十八届人民代表大会第二次会议上（2023年1月10日）", "县长 张三").DeliveredOn);

    [Fact]
    public void A_date_on_its_own_line_under_the_speaker_is_the_delivery_date() =>
        Assert.Equal("2023-01-10", Covers.Read("政府工作报告", "——在青田县第十八届人民代表大会第二次会议上", "青田县人民政府县长 张三", "（2023年1月10日）").DeliveredOn);

    [Fact]
    public void A_date_on_its_own_line_next_to_the_speaker_is_the_delivery_date_when_there_is_no_venue() =>
        Assert.Equal("2023-12-26", Covers.Read("青田县政府工作报告", "县长 张三", "（2023年12月26日）").DeliveredOn);

    [Fact]
    public void A_portals_publication_date_is_never_the_delivery_date()
    {
        var text = "江南省政府工作报告\n发布日期：2030-01-22 10:00\n2030年01月22日 10:30 来源：江南日报\n——2030年1月15日" + Venue + "\n省长 张三丰\n" + Covers.Body;
        Assert.Equal("2030-01-15", ReportParser.Parse("x", "x.txt", Encoding.UTF8.GetBytes(text)).Metadata.DeliveredOn);
        // Without a delivery line there is no delivery date, even when the page prints one of its own.
        Assert.Null(Covers.Read("江南省政府工作报告", "2030年01月22日 10:30 来源：江南日报").DeliveredOn);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_not_read() =>
        Assert.Null(Covers.Read("政府工作报告", "——2030年2月30日" + Venue, "省长 张三丰").DeliveredOn);
}
