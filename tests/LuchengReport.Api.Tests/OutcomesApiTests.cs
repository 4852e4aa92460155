using System.Text;
using System.Text.Json;

namespace LuchengReport.Api.Tests;

/// <summary>/api/v1/outcomes: each target against the result the same government's next report states (issue 15, item 4).</summary>
public sealed class OutcomesApiTests(ManyReportsFixture fixture) : ApiTest(fixture), IClassFixture<ManyReportsFixture>
{
    async Task<Dictionary<string, JsonElement>> OutcomesOf(string report) =>
        Items(await GetJson($"/api/v1/outcomes?report={report}")).ToDictionary(o => Str(o.GetProperty("target"), "subjectKey"));

    [Fact]
    public async Task A_growth_target_of_about_6_5_percent_is_met_by_7_1_percent_stated_by_the_next_report()
    {
        var gdp = (await OutcomesOf("qingtian-2023"))["地区生产总值"];
        Assert.Equal("met", Str(gdp, "verdict"));
        Assert.Equal("qingtian-2024", Str(gdp, "outcomeReportId"));
        Assert.Equal(7.1m, gdp.GetProperty("outcome").GetProperty("value").GetDecimal());
        Assert.Equal("全县生产总值增长7.1%", Str(gdp.GetProperty("outcome"), "sourceText"));
        Assert.Equal("2023", Str(gdp.GetProperty("outcome"), "period"));
        Assert.Contains("at least 6%", Str(gdp, "rule"));
    }

    [Fact]
    public async Task A_ceiling_passed_is_missed() =>
        Assert.Equal("missed", Str((await OutcomesOf("qingtian-2023"))["居民消费价格"], "verdict"));

    [Fact]
    public async Task An_at_least_target_not_reached_is_missed()
    {
        var industry = (await OutcomesOf("qingtian-2023"))["规模以上工业增加值"];
        Assert.Equal("missed", Str(industry, "verdict"));
        Assert.Equal("规模以上工业增加值", Str(industry.GetProperty("outcome"), "subject"));
    }

    [Fact]
    public async Task A_range_exceeded_on_the_better_side_is_met()
    {
        var revenue = (await OutcomesOf("qingtian-2023"))["一般公共预算收入"];
        Assert.Equal("met", Str(revenue, "verdict"));
        Assert.Equal(6.8m, revenue.GetProperty("outcome").GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_fall_larger_than_the_target_fall_meets_a_ceiling() =>
        Assert.Equal("met", Str((await OutcomesOf("qingtian-2023"))["单位地区生产总值能耗"], "verdict"));

    [Fact]
    public async Task A_target_the_next_report_gives_no_number_for_is_not_stated()
    {
        var unemployment = (await OutcomesOf("qingtian-2023"))["城镇调查失业率"];
        Assert.Equal("not-stated", Str(unemployment, "verdict"));
        Assert.Equal(JsonValueKind.Null, unemployment.GetProperty("outcome").ValueKind);
        Assert.Equal("qingtian-2024", Str(unemployment, "outcomeReportId"));
    }

    [Fact]
    public async Task Targets_of_the_latest_report_are_pending()
    {
        var outcomes = await OutcomesOf("qingtian-2024");
        Assert.All(outcomes.Values.Where(o => Str(o.GetProperty("target"), "period") == "2024"), o =>
        {
            Assert.Equal("pending", Str(o, "verdict"));
            Assert.Equal(JsonValueKind.Null, o.GetProperty("outcomeReportId").ValueKind);
        });
        Assert.Contains("城镇登记失业率", outcomes.Keys);
    }

    [Fact]
    public async Task Another_governments_later_reports_are_never_taken_for_the_result()
    {
        var outcomes = Items(await GetJson("/api/v1/outcomes?report=lucheng-2021&limit=500")).ToList();
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.Equal("pending", Str(o, "verdict")));
    }

    [Fact]
    public async Task Every_verdict_comes_with_its_rule_and_the_subjects_judgement()
    {
        var outcomes = await OutcomesOf("qingtian-2023");
        Assert.All(outcomes.Values, o => Assert.False(string.IsNullOrWhiteSpace(Str(o, "rule"))));
        Assert.Equal("ceiling", Str(outcomes["城镇调查失业率"], "judged"));
        Assert.Equal("higher", Str(outcomes["地区生产总值"], "judged"));
    }

    [Fact]
    public async Task The_verdict_filter_keeps_one_verdict() =>
        Assert.All(Items(await GetJson("/api/v1/outcomes?report=qingtian-2023&verdict=missed")), o => Assert.Equal("missed", Str(o, "verdict")));

    [Fact]
    public async Task Outcomes_download_as_csv_with_target_and_outcome_flattened()
    {
        using var response = await Client.GetAsync("/api/v1/outcomes?report=qingtian-2023&subject=生产总值&format=csv");
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        Assert.Equal(2, lines.Length);
        var header = lines[0].Split(',');
        Assert.Contains("target.value", header);
        Assert.Contains("outcome.value", header);
        Assert.Contains("verdict", header);
        Assert.Contains(",met,", lines[1]);
    }

    [Fact]
    public async Task Outcomes_need_a_report_and_an_unknown_one_is_a_404()
    {
        var problem = await GetJson("/api/v1/outcomes", 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("report", out _));
        await GetJson("/api/v1/outcomes?report=atlantis-2024", 404);
    }
}
