using System.Text;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

public class ReportPeriodsTests
{
    [Theory]
    [InlineData("lucheng-2021-p3", "2020")]
    [InlineData("lucheng-2021-p10", "2020")]
    [InlineData("lucheng-2021-p12", "2016-2020")]
    [InlineData("lucheng-2021-p16", "2016-2020")]
    [InlineData("lucheng-2021-p25", "2021-2025")]
    [InlineData("lucheng-2021-p28", "2021")]
    [InlineData("lucheng-2021-p55", "2021")]
    public void Periods_follow_the_part_and_the_five_year_review(string paragraphId, string period) =>
        Assert.Equal(period, ReportPeriods.Of(RealSeed.Report)[paragraphId]);

    [Fact]
    public void Periods_come_from_the_report_year_not_from_fixed_years()
    {
        // The same report delivered five years later, about the next plan.
        var text = RealSeed.Text.Replace("2021年2月23日", "2026年2月23日").Replace("2020年主要工作", "2025年主要工作")
            .Replace("“十四五”", "“十五五”");
        var report = ReportParser.Parse("later-2026", "later-2026.txt", Encoding.UTF8.GetBytes(text));
        var periods = ReportPeriods.Of(report);
        Assert.Equal(("2025", "2021-2025", "2026-2030", "2026"),
            (periods["later-2026-p3"], periods["later-2026-p13"], periods["later-2026-p25"], periods["later-2026-p43"]));
    }

    [Fact]
    public void Without_a_cover_date_the_year_comes_from_the_review_title()
    {
        var report = RealSeed.Report with { Metadata = RealSeed.Report.Metadata with { Year = null } };
        Assert.Equal(ReportPeriods.Of(RealSeed.Report), ReportPeriods.Of(report));
    }

    [Fact]
    public void The_nth_five_year_plan_starts_where_the_sixth_left_the_sequence() =>
        Assert.Equal((2016L, 2021L), (ReportPeriods.PlanStart(13), ReportPeriods.PlanStart(14)));
}
