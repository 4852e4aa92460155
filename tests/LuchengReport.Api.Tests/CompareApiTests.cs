using System.Text;
using System.Text.Json;

namespace LuchengReport.Api.Tests;

/// <summary>/api/v1/compare: one indicator side by side across reports, whatever each calls it (issue 15, items 2 and 3).</summary>
public sealed class CompareApiTests(ManyReportsFixture fixture) : ApiTest(fixture), IClassFixture<ManyReportsFixture>
{
    const string GrowthTargets2024 = "/api/v1/compare?subject=地区生产总值&kind=target&measure=change&year=2024";

    static Dictionary<string, JsonElement> ByReport(JsonElement page) => Items(page).ToDictionary(r => Str(r, "reportId"));

    [Fact]
    public async Task The_growth_targets_of_three_governments_come_back_from_one_call_whatever_each_calls_gdp()
    {
        var rows = ByReport(await GetJson(GrowthTargets2024));
        Assert.Equal(["qingtian-2024", "taishun-2024", "wencheng-2024"], rows.Keys.Order());
        Assert.Equal("地区生产总值", Str(rows["qingtian-2024"], "subject"));
        Assert.Equal("经济", Str(rows["wencheng-2024"], "subject"));
        Assert.Equal("全县生产总值", Str(rows["taishun-2024"], "subject"));
        Assert.All(rows.Values, r => Assert.Equal("地区生产总值", Str(r, "subjectKey")));
    }

    [Fact]
    public async Task Each_row_has_the_value_comparator_range_and_the_words_it_came_from()
    {
        var rows = ByReport(await GetJson(GrowthTargets2024));
        var range = rows["taishun-2024"];
        Assert.Equal((6.5m, 7m, "between"), (range.GetProperty("value").GetDecimal(), range.GetProperty("valueHigh").GetDecimal(), Str(range, "comparator")));
        var atLeast = rows["wencheng-2024"];
        Assert.Equal((7m, ">=", "以上"), (atLeast.GetProperty("value").GetDecimal(), Str(atLeast, "comparator"), Str(atLeast, "qualifier")));
        Assert.Equal("经济增长7%以上", Str(atLeast, "sourceText"));
        Assert.True(atLeast.GetProperty("mainTarget").GetBoolean());
        var indicator = await GetJson($"/api/v1/indicators/{Str(atLeast, "indicatorId")}");
        Assert.Equal("wencheng-2024", Str(indicator, "reportId"));
    }

    [Fact]
    public async Task Any_spelling_of_the_subject_finds_the_same_rows()
    {
        var byKey = await GetJson(GrowthTargets2024);
        var bySpelling = await GetJson("/api/v1/compare?subject=全省生产总值&kind=target&measure=change&year=2024");
        Assert.Equal(byKey.GetProperty("items").GetRawText(), bySpelling.GetProperty("items").GetRawText());
    }

    [Fact]
    public async Task Sorting_by_value_puts_the_highest_target_first() =>
        Assert.Equal(["wencheng-2024", "taishun-2024", "qingtian-2024"],
            Items(await GetJson(GrowthTargets2024 + "&sort=-value")).Select(r => Str(r, "reportId")));

    [Fact]
    public async Task Surveyed_and_registered_unemployment_stay_apart()
    {
        var surveyed = ByReport(await GetJson("/api/v1/compare?subject=城镇调查失业率&year=2024"));
        var registered = ByReport(await GetJson("/api/v1/compare?subject=城镇登记失业率&year=2024"));
        Assert.Equal(["wencheng-2024"], surveyed.Keys);
        Assert.Equal(["qingtian-2024"], registered.Keys);
    }

    [Fact]
    public async Task The_comparison_downloads_as_csv_with_a_row_per_report()
    {
        using var response = await Client.GetAsync(GrowthTargets2024 + "&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("reportId,government,place,year,subject,subjectKey,value,valueHigh,unit,comparator", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("taishun-2024,温州市泰顺县,温州市泰顺县,2024,全县生产总值,地区生产总值,6.5,7,%,between"));
    }

    [Fact]
    public async Task A_subject_no_report_has_is_a_404() => await GetJson("/api/v1/compare?subject=火星基地数量", 404);

    [Theory]
    [InlineData("/api/v1/compare", "subject")]
    [InlineData("/api/v1/compare?subject=地区生产总值&kind=plan", "kind")]
    [InlineData("/api/v1/compare?subject=地区生产总值&period=今年", "period")]
    [InlineData("/api/v1/compare?subject=地区生产总值&sort=size", "sort")]
    public async Task A_bad_comparison_query_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await GetJson(url, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
