namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class SubjectsApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_budget_revenue_timeline_runs_from_the_2015_baseline_to_the_2021_target()
    {
        var timeline = await GetJson($"/api/v1/subjects/{Uri.EscapeDataString("一般公共预算收入")}");
        var facts = timeline.GetProperty("timeline").EnumerateArray()
            .Select(f => $"{Str(f, "period")} {Str(f, "kind")} {Str(f, "measure")} {f.GetProperty("value").GetRawText()}{Str(f, "unit")}").ToList();
        Assert.Equal("2015 baseline level 27.58亿元", facts[0]);
        Assert.Contains("2020 actual level 35.29亿元", facts);
        Assert.Contains("2020 actual change 2.6%", facts);
        Assert.Equal("2021 target change 8%", facts.Single(f => f.StartsWith("2021 ")));
        Assert.True(facts.IndexOf("2020 actual level 35.29亿元") < facts.IndexOf("2021 target change 8%"));
    }

    [Fact]
    public async Task Subjects_list_distinct_subjects_with_counts_and_periods()
    {
        var page = await GetJson("/api/v1/subjects?q=一般公共预算收入");
        var subject = Assert.Single(Items(page), s => Str(s, "subject") == "一般公共预算收入");
        Assert.True(subject.GetProperty("count").GetInt32() >= 4);
        Assert.Equal(["2015", "2016-2020", "2020", "2021"], subject.GetProperty("periods").EnumerateArray().Select(p => p.GetString()).Intersect(["2015", "2016-2020", "2020", "2021"]));

        var byCount = Items(await GetJson("/api/v1/subjects?sort=-count&limit=20")).Select(s => s.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(byCount.OrderByDescending(c => c), byCount);
    }

    [Fact]
    public async Task The_subject_matches_whatever_the_punctuation_width()
    {
        var a = await GetJson($"/api/v1/subjects/{Uri.EscapeDataString("地区生产总值")}");
        var b = await GetJson($"/api/v1/subjects/{Uri.EscapeDataString(" 地区生产总值 ")}");
        Assert.Equal(a.GetRawText(), b.GetRawText());
    }

    [Fact]
    public async Task An_unknown_subject_is_a_404_naming_it() =>
        Assert.Contains("'不存在的指标'", Str(await GetJson($"/api/v1/subjects/{Uri.EscapeDataString("不存在的指标")}", 404), "detail"));

    [Fact]
    public async Task An_invalid_sort_is_a_400() =>
        Assert.Contains("-count", (await GetJson("/api/v1/subjects?sort=count", 400)).GetProperty("errors").GetProperty("sort")[0].GetString());
}
