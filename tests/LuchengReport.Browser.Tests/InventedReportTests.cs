using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static LuchengReport.Browser.Tests.FrontPage;

namespace LuchengReport.Browser.Tests;

/// <summary>
/// The page of another government's report of another year (InventedReport/yunxi-2023.txt, an invented county's
/// 2023 report): its own name, place, years and numbers, and nothing of the bundled report.
/// </summary>
[Collection(InventedReport.Name)]
public class InventedReportTests(InventedReportFixture fixture)
{
    [Fact]
    public async Task The_page_is_the_county_reports_own_with_its_place_years_and_numbers()
    {
        await using var visit = await Open(fixture);

        Assert.Contains("丽川市云溪县政府工作报告（2023年）", await visit.Page.Locator("h1").InnerTextAsync());
        Assert.StartsWith("丽川市云溪县政府工作报告（2023年）", await visit.Page.TitleAsync());
        var facts = await visit.Page.Locator("#facts").InnerTextAsync();
        Assert.Contains("第三届人民代表大会第二次会议", facts);
        Assert.Contains("2023-01-12", facts);
        Assert.Contains("2023年", facts);
        Assert.Equal("未载明 not stated", (await visit.Page.Locator("#facts dt:has-text('报告人') + dd").InnerTextAsync()).Trim());

        Assert.StartsWith("2022年实绩", await visit.Page.Locator("#col-results").InnerTextAsync());
        Assert.StartsWith("2023年目标", await visit.Page.Locator("#col-targets").InnerTextAsync());
        var gdp = await visit.Page.Locator("#headline-table tr[data-subject='地区生产总值']").InnerTextAsync();
        Assert.Contains("286.5亿元", gdp);
        Assert.Contains("增长4.2%", gdp);
        Assert.Contains("增长6%左右", gdp);
        Assert.Contains("3.5%以内", await visit.Page.Locator("#headline-table tr[data-subject='城镇登记失业率']").InnerTextAsync());
        Assert.Equal(5, await visit.Page.Locator("#headline-table td:nth-child(3) a[data-indicator]").CountAsync()); // the five main targets
        Assert.Contains("二、2023年工作安排", await visit.Page.Locator("#targets-title").InnerTextAsync());
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task Nothing_of_the_bundled_report_is_on_the_page()
    {
        await using var visit = await Open(fixture);
        var text = await visit.VisibleText();
        foreach (var foreign in new[] { "鹿城", "Lucheng", "温州", "2021", "2020", "十三五" })
            Assert.DoesNotContain(foreign, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_block_with_nothing_to_show_says_so_in_one_line()
    {
        await using var visit = await Open(fixture);
        // The county's report states no "from X to Y" baselines: a sentence, not an empty chart.
        Assert.Equal(0, await visit.Page.Locator("#chart-baselines svg").CountAsync());
        Assert.Contains("没有", await visit.Page.Locator("#chart-baselines p.empty").InnerTextAsync());
    }

    [Fact]
    public async Task A_range_target_is_worded_from_its_low_to_its_high_value()
    {
        // As the API serves "增长6%-6.5%": value the low end, valueHigh the high one (the main target served so here by a route).
        await using var visit = await Open(fixture, prepare: page => page.RouteAsync(url => url.Contains("/targets", StringComparison.Ordinal), async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            var gdp = body["items"]!.AsArray().Single(i => (string?)i!["id"] == "yunxi-2023-p7-n1")!;
            gdp["valueHigh"] = 6.5;
            gdp["qualifier"] = null;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        }));
        Assert.Equal("增长6%–6.5%", await visit.Page.Locator("a[data-indicator='yunxi-2023-p7-n1']").InnerTextAsync());
    }

    [Fact]
    public async Task A_period_the_report_does_not_date_reads_not_stated_in_the_chart()
    {
        // A baseline of the form the API serves when the text gives no year (period "unknown"), routed in: the county's
        // 286.5亿元 said to have grown from 200亿元.
        await using var visit = await Open(fixture, prepare: page => page.RouteAsync(url => url.Contains("kind=baseline", StringComparison.Ordinal), async route =>
        {
            var actual = await route.FetchAsync(new RouteFetchOptions { Url = $"{fixture.BaseUrl}/api/v1/indicators/yunxi-2023-p3-n1" });
            var baseline = JsonNode.Parse(await actual.TextAsync())!.AsObject();
            baseline["id"] = "yunxi-2023-p3-n0";
            baseline["kind"] = "baseline";
            baseline["period"] = "unknown";
            baseline["value"] = 200;
            baseline["valueText"] = "200";
            baseline["relatedIds"] = new JsonArray("yunxi-2023-p3-n1");
            var body = new JsonObject { ["items"] = new JsonArray(baseline), ["total"] = 1, ["limit"] = 500, ["offset"] = 0, ["next"] = null };
            await route.FulfillAsync(new RouteFulfillOptions { Response = actual, Body = body.ToJsonString() });
        }));
        var chart = await visit.Page.Locator("#charts").InnerTextAsync() + await visit.Page.Locator("#baselines-svg").TextContentAsync();
        Assert.Contains("时期未载明", chart);
        Assert.Contains("2022年", chart);
        Assert.DoesNotContain("unknown", chart, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("基数与其后数值", await visit.Page.Locator("#baselines-title").InnerTextAsync()); // no years when they are not all dated
    }

    [Theory]
    [InlineData("/?report=yunxi-2023")]
    [InlineData("/?report=")] // empty: as if not given
    public async Task The_report_named_in_the_address_is_the_one_shown(string address)
    {
        await using var visit = await Open(fixture, address);
        Assert.Contains("丽川市云溪县", await visit.Page.Locator("h1").InnerTextAsync());
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task An_unknown_report_in_the_address_gets_a_clear_message_instead_of_a_broken_page()
    {
        await using var visit = await Open(fixture, "/?report=no-such-report", normalUse: false);
        Assert.Contains("没有编号为“no-such-report”的报告", await visit.Page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await visit.Page.Locator("#missing a[href='/api/v1/reports']").CountAsync());
        Assert.Equal(0, await visit.Page.Locator("#headline, #charts, .error").CountAsync());
        Assert.Equal([$"404 {fixture.BaseUrl}/api/v1/reports/no-such-report"], visit.FailedRequests); // the one question whose answer is "no"
    }
}
