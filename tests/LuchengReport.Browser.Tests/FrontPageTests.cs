using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LuchengReport.Browser.Tests;

/// <summary>
/// A journalist opening the API's address in a browser: the front page at /, drawn by its script from the public
/// API. Every number the page shows is checked against the API's own answer, fetched here independently.
/// </summary>
public class FrontPageTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    const string PartOne = "lucheng-2021-s1", PartThree = "lucheng-2021-s3";

    [Fact]
    public async Task The_front_page_says_what_the_dataset_is_with_the_report_metadata_licence_and_database_version()
    {
        await using var visit = await Open();
        var report = (await Api("/api/v1/reports")).GetProperty("items")[0];
        var package = await Api("/datapackage.json");

        var facts = await visit.Page.Locator("#facts").InnerTextAsync();
        foreach (var field in new[] { "title", "session", "speaker", "speakerRole", "deliveredOn", "indexNumber" })
            Assert.Contains(report.GetProperty(field).GetString()!, facts);
        Assert.Contains(package.GetProperty("licenses")[0].GetProperty("title").GetString()!, facts);
        Assert.Contains(package.GetProperty("sources")[0].GetProperty("title").GetString()!, facts);
        Assert.Equal(package.GetProperty("version").GetString()![..12], await visit.Page.Locator("#db-version").InnerTextAsync());
        Assert.Equal("zh-CN", await visit.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task The_headline_numbers_are_the_2020_results_beside_the_2021_targets_as_the_api_gives_them()
    {
        await using var visit = await Open();

        // The rule, computed here from the API: the first paragraph directly under part 一 with 2020 actual facts,
        // and the first directly under part 三 with 2021 targets.
        var results = FirstParagraph(await Api($"/api/v1/indicators?section={PartOne}&kind=actual&period=2020&limit=500"), PartOne);
        var targets = FirstParagraph(await Api($"/api/v1/indicators?section={PartThree}&kind=target&period=2021&limit=500"), PartThree);
        var shown = visit.Page.Locator("#headline-table a[data-indicator]");
        var shownIds = await shown.EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.indicator)");
        Assert.Equal(results.Concat(targets).Select(i => Str(i, "id")).Order(), shownIds.Order());

        foreach (var indicator in results.Concat(targets))
        {
            var link = visit.Page.Locator($"#headline-table a[data-indicator='{Str(indicator, "id")}']");
            Assert.Contains(Str(indicator, "valueText") + Str(indicator, "unit"), await link.InnerTextAsync());
            Assert.Equal($"/api/v1/indicators/{Str(indicator, "id")}", await link.GetAttributeAsync("href"));
        }
        Assert.Equal($"/api/v1/paragraphs/{Str(results[0], "paragraphId")}", await visit.Page.Locator("#col-2020 a").GetAttributeAsync("href"));
        Assert.Equal($"/api/v1/paragraphs/{Str(targets[0], "paragraphId")}", await visit.Page.Locator("#col-2021 a").GetAttributeAsync("href"));

        // What a reader sees in the first row, as the report words it.
        var gdp = await visit.Page.Locator("#headline-table tr[data-subject='地区生产总值']").InnerTextAsync();
        Assert.Contains("1172.32亿元", gdp);
        Assert.Contains("增长3.1%", gdp);
        Assert.Contains("增长8%以上", gdp);
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task The_charts_draw_every_2015_baseline_against_its_2020_value_and_the_2021_targets_of_each_item_of_part_three()
    {
        await using var visit = await Open();

        var baselines = (await Api("/api/v1/indicators?kind=baseline&period=2015&limit=500")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(baselines.Count, await visit.Page.Locator("#five-year-svg g[data-from]").CountAsync());
        foreach (var baseline in baselines)
        {
            var related = await Api($"/api/v1/indicators/{baseline.GetProperty("relatedIds")[0].GetString()}");
            var row = await visit.Page.Locator($"#five-year-svg g[data-from='{Str(baseline, "id")}']").TextContentAsync();
            Assert.Contains(Str(baseline, "valueText") + Str(baseline, "unit"), row);
            Assert.Contains(Str(related, "valueText") + Str(related, "unit"), row);
        }

        var items = (await Api($"/api/v1/sections?level=item&parent={PartThree}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, await visit.Page.Locator("#targets-svg g[data-section]").CountAsync());
        foreach (var item in items)
        {
            var total = (await Api($"/api/v1/indicators?section={Str(item, "id")}&kind=target&period=2021&limit=1")).GetProperty("total").GetInt32();
            var count = visit.Page.Locator($"#targets-svg g[data-section='{Str(item, "id")}'] text.value");
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), await count.TextContentAsync());
        }

        // Charts are images with a name and a text description, and read without colour (a hatched and a solid bar).
        foreach (var chart in new[] { "#five-year-svg", "#targets-svg" })
        {
            Assert.Equal("img", await visit.Page.Locator(chart).GetAttributeAsync("role"));
            Assert.False(string.IsNullOrWhiteSpace(await visit.Page.Locator($"{chart} > desc").TextContentAsync()));
        }
        Assert.Equal(baselines.Count, await visit.Page.Locator("#five-year-svg rect[fill='url(#hatch)']").CountAsync());
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task The_contents_link_every_section_to_its_json_and_the_downloads_are_ready_made()
    {
        await using var visit = await Open();

        var sections = await Api("/api/v1/sections?limit=500");
        var hrefs = await visit.Page.Locator("#toc a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(sections.GetProperty("items").EnumerateArray().Select(s => $"/api/v1/sections/{Str(s, "id")}").Order(), hrefs.Order());

        var downloads = await visit.Page.Locator("#downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var expected in new[] { "/api/v1/indicators?format=csv&download=1", "/api/v1/projects?format=csv&download=1",
                     "/api/v1/paragraphs?format=csv&download=1", "/api/v1/sections?format=csv&download=1",
                     "/api/v1/downloads/lucheng-2021.db", "/datapackage.json", "/swagger" })
            Assert.Contains(expected, downloads);
        var curl = await visit.Page.Locator("#downloads code").AllTextContentsAsync();
        Assert.Equal(3, curl.Count);
        Assert.All(curl, line => Assert.StartsWith("curl -s", line));
        Assert.All(curl, line => Assert.Contains(fixture.BaseUrl, line));
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task Search_lists_hits_with_their_matches_marked()
    {
        await using var visit = await Open();
        await visit.Page.Locator("#q").FillAsync("科技");
        await visit.Page.Locator("#search-form button").ClickAsync();
        await visit.Page.Locator("#search-results li").First.WaitForAsync();

        var api = await Api("/api/v1/search?q=%E7%A7%91%E6%8A%80&report=lucheng-2021&limit=20");
        Assert.Equal(api.GetProperty("items").GetArrayLength(), await visit.Page.Locator("#search-results li").CountAsync());
        Assert.Contains(api.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            await visit.Page.Locator("#search-status").InnerTextAsync());
        var marks = await visit.Page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("科技", m));
        await visit.Page.Locator("#search").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "front-page-search.png") });
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task A_snippet_is_shown_as_text_except_for_its_marks()
    {
        await using var visit = await Open();
        // A hostile snippet, as if the report's text held markup: only the <mark> pair may become an element.
        await visit.Page.RouteAsync("**/api/v1/search?*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new
            {
                items = new[] { new { type = "paragraph", id = "lucheng-2021-p3", reportId = "lucheng-2021", sectionId = PartOne, title = "<b>title</b>", field = "text",
                    snippet = "<img src=x onerror=\"document.title='owned'\">…<mark>鹿城</mark> & <script>x()</script>", matchStart = 0, matchEnd = 2 } },
                total = 1, limit = 20, offset = 0, next = (string?)null,
            }),
        }));
        await visit.Page.Locator("#q").FillAsync("鹿城");
        await visit.Page.Locator("#search-form button").ClickAsync();
        var snippet = visit.Page.Locator("#search-results p.snippet");
        await snippet.WaitForAsync();

        Assert.Equal(["MARK"], await snippet.EvaluateAsync<string[]>("p => [...p.children].map(c => c.tagName)"));
        Assert.Equal("<img src=x onerror=\"document.title='owned'\">…鹿城 & <script>x()</script>", await snippet.TextContentAsync());
        Assert.Equal("<b>title</b>", await visit.Page.Locator("#search-results a").TextContentAsync());
        Assert.Equal(0, await visit.Page.Locator("#search-results img, #search-results script, #search-results b").CountAsync());
        Assert.NotEqual("owned", await visit.Page.TitleAsync());
    }

    [Fact]
    public async Task Every_link_on_the_front_page_resolves()
    {
        await using var visit = await Open();
        await visit.Page.Locator("#q").FillAsync("七都");
        await visit.Page.Locator("#search-form button").ClickAsync();
        await visit.Page.Locator("#search-results li").First.WaitForAsync();

        var hrefs = (await visit.Page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)")).Distinct().ToList();
        Assert.True(hrefs.Count > 60, $"only {hrefs.Count} links");
        using var http = new HttpClient();
        var broken = new List<string>();
        foreach (var href in hrefs)
        {
            var url = new Uri(href);
            Assert.Equal(new Uri(fixture.BaseUrl).Authority, url.Authority); // nothing leaves the site
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
        await using var visit = await Open(page => page.RequestFinished += (_, request) => requests.Add(request));
        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long total = 0;
        foreach (var request in requests.ToList())
        {
            Assert.StartsWith(fixture.BaseUrl, request.Url);
            var sizes = await request.SizesAsync(); // as sent on the wire: compressed bodies plus headers
            total += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            output.WriteLine($"{sizes.ResponseHeadersSize + sizes.ResponseBodySize,8:N0}  {request.Url[fixture.BaseUrl.Length..]}");
        }
        output.WriteLine($"{requests.Count} requests, {total:N0} bytes transferred");
        Assert.InRange(total, 1, 200 * 1024);
        Assert.Contains(requests, r => r.Url.EndsWith("/app.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_front_page_has_no_serious_or_critical_accessibility_violations_by_axe()
    {
        // axe-core is injected as an inline script, which the page's CSP rightly forbids: this context bypasses it.
        await using var visit = await Open(options: new BrowserNewContextOptions { BypassCSP = true });
        await visit.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = await File.ReadAllTextAsync(AxePath()) });
        var result = await visit.Page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return { version: axe.version, passed: r.passes.length, violations: r.violations
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })) };
            }
            """);
        var violations = result.GetProperty("violations");
        output.WriteLine($"axe-core {Str(result, "version")}: {result.GetProperty("passed")} rules passed, {violations.GetArrayLength()} violated");
        Assert.True(result.GetProperty("passed").GetInt32() > 10, "axe checked almost nothing: did the page render?");
        foreach (var v in violations.EnumerateArray())
            output.WriteLine($"{Str(v, "impact")} {Str(v, "id")}: {Str(v, "help")} at {v.GetProperty("nodes").GetRawText()}");
        var serious = violations.EnumerateArray().Where(v => Str(v, "impact") is "serious" or "critical").Select(v => v.GetRawText()).ToList();
        Assert.Empty(serious);
    }

    [Fact]
    public async Task A_screenshot_of_the_front_page_is_saved_with_the_test_output()
    {
        await using var visit = await Open();
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "front-page.png");
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
        Assert.Empty(visit.Errors);
    }

    /// <summary>A fresh browser context on the front page, once its script has drawn everything; console errors collected.</summary>
    async Task<Visit> Open(Action<IPage>? watch = null, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        var context = await fixture.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var visit = new Visit(context, page);
        page.Console += (_, message) => { if (message.Type == "error") visit.Errors.Add(message.Text); };
        page.PageError += (_, error) => visit.Errors.Add(error);
        watch?.Invoke(page);
        var response = await page.GotoAsync($"{fixture.BaseUrl}/");
        Assert.Equal(200, response!.Status);
        await page.Locator("body[data-ready='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        Assert.Equal(0, await page.Locator(".error").CountAsync());
        return visit;
    }

    sealed record Visit(IBrowserContext Context, IPage Page) : IAsyncDisposable
    {
        public List<string> Errors { get; } = [];
        public ValueTask DisposeAsync() => new(Context.CloseAsync());
    }

    async Task<JsonElement> Api(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        return JsonSerializer.Deserialize<JsonElement>(await http.GetStringAsync(path));
    }

    static List<JsonElement> FirstParagraph(JsonElement page, string sectionId)
    {
        var own = page.GetProperty("items").EnumerateArray().Where(i => Str(i, "sectionId") == sectionId).ToList();
        return own.Where(i => Str(i, "paragraphId") == Str(own[0], "paragraphId")).ToList();
    }

    static string Str(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(name).ToString();

    /// <summary>axe-core from the repository's node_modules (npm ci installs it from package-lock.json).</summary>
    static string AxePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var axe = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(axe)) return axe;
        }
        throw new InvalidOperationException("node_modules/axe-core/axe.min.js is missing: run `npm ci` at the repository root (tests/run-all.sh does).");
    }
}
