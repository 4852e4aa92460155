using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static LuchengReport.Browser.Tests.FrontPage;

namespace LuchengReport.Browser.Tests;

/// <summary>
/// The cover and provenance rows for every shape of report record the API may send: a provenance record filled,
/// partly filled, null or absent, and a cover that states nothing. The invented report's record is served with the
/// changes each test makes; whatever a record does not state reads "未载明", never "null" or "undefined".
/// </summary>
[Collection(InventedReport.Name)]
public class ReportRecordTests(InventedReportFixture fixture)
{
    [Fact]
    public async Task A_provenance_record_is_shown_whole_with_its_source_address_as_a_link_off_the_site()
    {
        var requested = new List<string>();
        await using var visit = await OpenWithRecord(report => report["provenance"] = new JsonObject
        {
            ["sourceUrl"] = "https://www.lichuan.example/yunxi/2023/report.html",
            ["publisher"] = "云溪县人民政府办公室",
            ["licence"] = "政府信息公开，转载请注明来源",
            ["retrievedOn"] = "2024-03-01",
            ["note"] = "全文由网页复制",
        }, requested);

        var link = visit.Page.Locator("#facts dt:has-text('来源') + dd a");
        Assert.Equal("https://www.lichuan.example/yunxi/2023/report.html", await link.GetAttributeAsync("href"));
        Assert.Contains("external", await link.GetAttributeAsync("rel"));
        foreach (var (row, value) in new[] { ("来源发布者", "云溪县人民政府办公室"), ("许可", "政府信息公开，转载请注明来源"), ("取得日期", "2024-03-01"), ("说明", "全文由网页复制") })
            Assert.Equal(value, await Row(visit, row));
        Assert.DoesNotContain(requested, url => url.Contains("example", StringComparison.Ordinal)); // a link, not a request
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task A_provenance_field_that_is_null_reads_not_stated()
    {
        await using var visit = await OpenWithRecord(report => report["provenance"] = new JsonObject
        {
            ["sourceUrl"] = null, ["publisher"] = "云溪县人民政府办公室", ["licence"] = null, ["retrievedOn"] = null, ["note"] = null,
        });
        Assert.Equal("云溪县人民政府办公室", await Row(visit, "来源发布者"));
        foreach (var row in new[] { "来源", "许可", "取得日期", "说明" })
            Assert.Equal("未载明 not stated", await Row(visit, row));
        await AssertNoNullOrUndefined(visit);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_report_without_a_provenance_record_says_so_whether_the_field_is_null_or_absent(bool absent)
    {
        await using var visit = await OpenWithRecord(report =>
        {
            if (absent) report.Remove("provenance");
            else report["provenance"] = null;
        });
        Assert.Equal("未载明 not stated", await Row(visit, "许可"));
        Assert.StartsWith("本报告没有来源记录", await Row(visit, "说明"));
        await AssertNoNullOrUndefined(visit);
    }

    [Fact]
    public async Task A_source_address_that_is_not_a_web_address_is_shown_as_text_not_as_a_link()
    {
        await using var visit = await OpenWithRecord(report => report["provenance"] = new JsonObject { ["sourceUrl"] = "javascript:alert(1)" });
        Assert.Equal("javascript:alert(1)", await Row(visit, "来源"));
        Assert.Equal(0, await visit.Page.Locator("#facts dt:has-text('来源') + dd a").CountAsync());
    }

    [Fact]
    public async Task A_cover_that_states_nothing_reads_not_stated_row_by_row_and_the_years_come_from_the_facts()
    {
        await using var visit = await OpenWithRecord(report =>
        {
            foreach (var field in new[] { "title", "district", "place", "year", "session", "deliveredOn", "speaker", "speakerRole",
                         "publisher", "indexNumber", "category", "disclosure", "publishedOn" })
                report[field] = null;
        });
        foreach (var row in new[] { "报告", "地方", "年度", "会议", "报告人", "日期", "发布" })
            Assert.Equal("未载明 not stated", await Row(visit, row));
        Assert.Contains("标题未载明", await visit.Page.Locator("h1").InnerTextAsync());
        Assert.StartsWith("2022年实绩", await visit.Page.Locator("#col-results").InnerTextAsync()); // the year most results are for
        Assert.StartsWith("2023年目标", await visit.Page.Locator("#col-targets").InnerTextAsync()); // the year most targets are for
        await AssertNoNullOrUndefined(visit);
    }

    /// <summary>The front page, with the report record (first of /api/v1/reports) changed as the test says.</summary>
    Task<Visit> OpenWithRecord(Action<JsonObject> change, List<string>? requested = null) => Open(fixture, prepare: page =>
    {
        page.Request += (_, request) => requested?.Add(request.Url);
        return page.RouteAsync(url => new Uri(url).AbsolutePath == "/api/v1/reports", async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            change(body["items"]![0]!.AsObject());
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });
    });

    static async Task<string> Row(Visit visit, string label) =>
        (await visit.Page.Locator($"#facts dt:has-text('{label}') + dd").First.InnerTextAsync()).Trim();

    static async Task AssertNoNullOrUndefined(Visit visit)
    {
        var text = await visit.VisibleText();
        Assert.DoesNotContain("null", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("undefined", text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(visit.Errors);
    }
}
