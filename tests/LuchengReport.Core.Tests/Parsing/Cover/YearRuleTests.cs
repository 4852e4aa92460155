namespace LuchengReport.Core.Tests.Parsing.Cover;

public class YearRuleTests
{
    const string Venue = "在青田县第十八届人民代表大会第二次会议上";

    [Fact]
    public void The_year_a_title_names_is_the_plan_year_even_when_delivered_the_year_before() =>
        Assert.Equal(2022, Covers.Read("2022年青田县政府工作报告", "——2021年12月16日" + Venue).Year);

    [Fact]
    public void A_title_year_written_without_年_counts() =>
        Assert.Equal(2031, Covers.Read("2031政府工作报告", "——2030年12月28日" + Venue).Year);

    [Fact]
    public void A_title_naming_a_年度_plan_gives_its_year() =>
        Assert.Equal(2031, Covers.Read("关于二〇三一年度国民经济计划草案的报告", "——2030年12月20日" + Venue).Year);

    [Fact]
    public void A_title_naming_two_years_does_not_choose_between_them() =>
        Assert.Equal(2030, Covers.Read("关于2029年度国家决算和2030年度国家预算的报告", "——2030年6月15日" + Venue).Year);

    [Fact]
    public void Without_a_title_year_a_report_delivered_early_in_the_year_is_for_that_year() =>
        Assert.Equal(2023, Covers.Read("政府工作报告", "——2023年1月10日" + Venue).Year);

    [Theory]
    [InlineData("一、2022年工作回顾")]
    [InlineData("2022年政府工作回顾")]
    [InlineData("即将过去的2022年，是极不平凡的一年。")]
    public void A_report_delivered_late_in_the_year_that_reviews_that_year_is_for_the_next(string opening)
    {
        var text = $"政府工作报告\n——2022年12月30日{Venue}\n各位代表：\n{opening}\n（一）经济平稳。增长5%。";
        var m = LuchengReport.Core.Parsing.MetadataParser.Parse(LuchengReport.Core.Parsing.SourceLine.Split(text)).Metadata;
        Assert.Equal(2023, m.Year);
    }

    [Fact]
    public void A_report_delivered_late_in_the_year_that_does_not_say_which_year_it_is_for_has_no_year() =>
        Assert.Null(Covers.Read("政府工作报告", "——2022年12月30日" + Venue).Year);
}
