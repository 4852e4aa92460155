using LuchengReport.Core.Parsing;
using LuchengReport.Core.Parsing.Cover;

namespace LuchengReport.Core.Tests.Parsing.Cover;

public class VenueTests
{
    [Theory]
    [InlineData("——2030年3月5日在第十九届全国人民代表大会第一次会议上", "第十九届全国人民代表大会第一次会议")]
    [InlineData("——2030年3月5日在中华人民共和国第十九届全国人民代表大会第一次会议上", "第十九届全国人民代表大会第一次会议")]
    public void The_national_congress_gives_the_session_with_全国_and_no_place(string line, string session)
    {
        var m = Covers.Read("政府工作报告", line, "国务院总理 张三丰");
        Assert.Equal((session, null, null), (m.Session, m.Place, m.District));
    }

    [Theory]
    [InlineData("在江南省第十四届人民代表大会第三次会议上", "江南省", null)]
    [InlineData("在西岭壮族自治区第九届人民代表大会第二次会议上", "西岭壮族自治区", null)]
    [InlineData("在天津市第十八届人民代表大会第三次会议上", "天津市", null)]
    [InlineData("在山海市第十届人民代表大会第四次会议上", "山海市", "山海市")]
    [InlineData("在山海市东湖区第七届人民代表大会第五次会议上", "山海市东湖区", "东湖区")]
    [InlineData("在青田县第十八届人民代表大会第二次会议上", "青田县", "青田县")]
    [InlineData("在白云藏族自治州第十五届人民代表大会第一次会议上", "白云藏族自治州", "白云藏族自治州")]
    [InlineData("在青山盟白云旗第六届人民代表大会第三次会议上", "青山盟白云旗", "白云旗")]
    public void The_venue_names_the_place_and_the_district_is_its_county_level_unit(string venue, string place, string? district)
    {
        var m = Covers.Read("政府工作报告", "——2030年1月15日" + venue);
        Assert.Equal((place, district), (m.Place, m.District));
    }

    [Fact]
    public void The_sitting_named_after_the_session_is_not_part_of_it() =>
        Assert.Equal("第十八届人民代表大会第二次会议", Covers.Read("政府工作报告", "——2030年1月15日在青田县第十八届人民代表大会第二次会议第一次全体会议上", "县长 张三").Session);

    [Fact]
    public void The_session_is_the_届_and_次会议_phrase_without_the_place() =>
        Assert.Equal("第十四届人民代表大会第三次会议", Covers.Read("政府工作报告", "——2030年1月15日在江南省第十四届人民代表大会第三次会议上").Session);

    [Theory]
    [InlineData("温州市鹿城区", "鹿城区")]
    [InlineData("浙江省温州市鹿城区", "鹿城区")]
    [InlineData("北京市海淀区", "海淀区")]
    [InlineData("济南市市中区", "市中区")]
    [InlineData("延边朝鲜族自治州延吉市", "延吉市")]
    [InlineData("和田地区和田县", "和田县")]
    [InlineData("浙江省温州市", "温州市")]
    [InlineData("广西壮族自治区南宁市", "南宁市")]
    [InlineData("温州市", "温州市")]
    [InlineData("浙江省", null)]
    [InlineData("宁夏回族自治区", null)]
    [InlineData("上海市", null)]
    public void The_district_is_the_county_level_unit_of_a_local_place_and_null_for_a_province(string place, string? district) =>
        Assert.Equal(district, Places.District(place));

    [Fact]
    public void An_abbreviated_session_is_kept_as_written_and_the_place_comes_from_the_speakers_government()
    {
        var m = Covers.Read("政府工作报告", "——2023年1月10日在县十八届人大二次会议上", "青田县人民政府县长 张三");
        Assert.Equal(("十八届人大二次会议", "青田县", "青田县"), (m.Session, m.Place, m.District));
    }

    [Fact]
    public void A_prefectures_administrative_office_names_its_area() =>
        Assert.Equal("白云地区", Covers.Read("政府工作报告", "白云地区行政公署专员 李四").Place);

    [Fact]
    public void A_body_sentence_that_names_a_session_is_not_a_cover()
    {
        var text = "2029年12月20日，在第十九届全国人民代表大会第一次会议上，国务院总理张三丰提出，…。\n（一）经济平稳。增长5%。";
        var (m, bodyStart) = MetadataParser.Parse(SourceLine.Split(text));
        Assert.Equal((null, null, null, null, -1), (m.Session, m.DeliveredOn, m.Speaker, m.Year, bodyStart));
    }
}
