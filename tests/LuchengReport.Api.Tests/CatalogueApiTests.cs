namespace LuchengReport.Api.Tests;

/// <summary>/api/v1/reports as a catalogue of many reports (issue 15, item 1).</summary>
public sealed class CatalogueApiTests(ManyReportsFixture fixture) : ApiTest(fixture), IClassFixture<ManyReportsFixture>
{
    static string[] Ids(System.Text.Json.JsonElement page) => Items(page).Select(r => Str(r, "id")).ToArray();

    [Fact]
    public async Task Reports_are_listed_in_order_of_delivery() =>
        Assert.Equal(["lucheng-2021", "qingtian-2023", "qingtian-2024", "wencheng-2024", "taishun-2024"], Ids(await GetJson("/api/v1/reports")));

    [Fact]
    public async Task The_year_filter_keeps_the_reports_of_that_plan_year() =>
        Assert.Equal(["qingtian-2024", "wencheng-2024", "taishun-2024"], Ids(await GetJson("/api/v1/reports?year=2024")));

    [Fact]
    public async Task The_place_filter_keeps_one_governments_reports() =>
        Assert.Equal(["qingtian-2023", "qingtian-2024"], Ids(await GetJson("/api/v1/reports?place=丽水市青田县")));

    [Fact]
    public async Task The_q_filter_matches_the_speaker() =>
        Assert.Equal(["wencheng-2024"], Ids(await GetJson("/api/v1/reports?q=李四光")));

    [Fact]
    public async Task Each_report_carries_its_government_and_counts_of_its_facts_and_main_targets()
    {
        var report = await GetJson("/api/v1/reports/qingtian-2023");
        Assert.Equal("丽水市青田县", Str(report, "government"));
        Assert.Equal(6, report.GetProperty("counts").GetProperty("targets").GetInt32());
        Assert.True(report.GetProperty("counts").GetProperty("indicators").GetInt32() >= 8);
    }

    [Theory]
    [InlineData("/api/v1/reports?year=24", "year")]
    [InlineData("/api/v1/reports?year=1800", "year")]
    [InlineData("/api/v1/reports?place=", "place")]
    public async Task A_bad_catalogue_filter_is_a_400_naming_it(string url, string parameter)
    {
        var problem = await GetJson(url, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
