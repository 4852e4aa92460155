using Microsoft.Playwright;
using static LuchengReport.Browser.Tests.FrontPage;

namespace LuchengReport.Browser.Tests;

/// <summary>What holds for the page of any report: links that resolve, a small page, accessibility, no stray "null".</summary>
public abstract partial class FrontPageTests
{
    [Fact]
    public async Task A_full_load_asks_the_api_nothing_it_refuses_logs_no_error_and_shows_no_null_or_undefined()
    {
        await using var visit = await Open(Fixture);
        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(visit.FailedRequests);
        Assert.Empty(visit.Errors);
        var text = await visit.VisibleText();
        Assert.DoesNotContain("null", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("undefined", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("加载中", text); // no block left "Loading"
    }

    [Fact]
    public async Task Every_link_on_the_front_page_resolves_and_only_the_source_link_leaves_the_site()
    {
        await using var visit = await Open(Fixture);
        var rules = await ReportRules.Of(Fixture);
        await visit.Page.Locator("#q").FillAsync(Str(rules.HeadlineResults[0], "subject"));
        await visit.Page.Locator("#search-form button").ClickAsync();
        await visit.Page.Locator("#search-results li").First.WaitForAsync();

        var hrefs = (await visit.Page.Locator("a[href]:not([rel~='external'])").EvaluateAllAsync<string[]>("links => links.map(a => a.href)")).Distinct().ToList();
        Assert.True(hrefs.Count > 20, $"only {hrefs.Count} links");
        using var http = new HttpClient();
        var broken = new List<string>();
        foreach (var href in hrefs)
        {
            var url = new Uri(href);
            Assert.Equal(new Uri(Fixture.BaseUrl).Authority, url.Authority); // nothing else leaves the site
            if (url.Fragment.Length > 1 && url.AbsolutePath == "/")
            {
                if (await visit.Page.Locator(url.Fragment).CountAsync() != 1) broken.Add($"{href}: no element {url.Fragment}");
                continue;
            }
            using var response = await http.GetAsync(url);
            if ((int)response.StatusCode >= 400) broken.Add($"{href}: {(int)response.StatusCode}");
        }
        Assert.Empty(broken);
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task The_whole_page_load_transfers_under_200_KB_all_from_the_same_origin()
    {
        var requests = new List<IRequest>();
        await using var visit = await Open(Fixture, prepare: page =>
        {
            page.RequestFinished += (_, request) => requests.Add(request);
            return Task.CompletedTask;
        });
        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long total = 0;
        foreach (var request in requests.ToList())
        {
            Assert.StartsWith(Fixture.BaseUrl, request.Url);
            var sizes = await request.SizesAsync(); // as sent on the wire: compressed bodies plus headers
            total += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            Output.WriteLine($"{sizes.ResponseHeadersSize + sizes.ResponseBodySize,8:N0}  {request.Url[Fixture.BaseUrl.Length..]}");
        }
        Output.WriteLine($"{requests.Count} requests, {total:N0} bytes transferred");
        Assert.InRange(total, 1, 200 * 1024);
        Assert.Contains(requests, r => r.Url.EndsWith("/js/main.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_front_page_has_no_accessibility_violations_by_axe()
    {
        // axe-core is injected as an inline script, which the page's CSP rightly forbids: this context bypasses it.
        await using var visit = await Open(Fixture, options: new BrowserNewContextOptions { BypassCSP = true });
        Assert.Empty(await visit.AccessibilityViolations(Output.WriteLine));
    }

    [Fact]
    public async Task A_screenshot_of_the_front_page_is_saved_with_the_test_output()
    {
        await using var visit = await Open(Fixture);
        var id = Str((await Get(Fixture, "/api/v1/reports?limit=1")).GetProperty("items")[0], "id");
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"front-page-{id}.png");
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
        Assert.Empty(visit.Errors);
    }
}

[Collection(BundledReport.Name)]
public sealed class FrontPageOfTheBundledReport(BundledReportFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : FrontPageTests(fixture, output);

[Collection(InventedReport.Name)]
public sealed class FrontPageOfAnInventedReport(InventedReportFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : FrontPageTests(fixture, output);
