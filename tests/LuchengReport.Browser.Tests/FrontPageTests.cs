using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static LuchengReport.Browser.Tests.FrontPage;

namespace LuchengReport.Browser.Tests;

/// <summary>
/// A journalist opening the API's address in a browser: the front page at /, drawn by its script from the public API,
/// is the loaded report's own page, whichever report that is. Every check here holds for any report: each number the
/// page shows is checked against the API's own answer, fetched here independently, and chosen by the rules worked
/// out again in <see cref="ReportRules"/>. Each fixture's class runs all of them.
/// </summary>
public abstract partial class FrontPageTests(BrowserFixture fixture, ITestOutputHelper output)
{
    protected BrowserFixture Fixture => fixture;
    protected ITestOutputHelper Output => output;

    [Fact]
    public async Task The_page_is_named_after_the_report_and_shows_its_cover_with_what_it_does_not_state_as_not_stated()
    {
        await using var visit = await Open(fixture);
        var report = (await Get(fixture, "/api/v1/reports?limit=1")).GetProperty("items")[0];
        var package = await Get(fixture, "/datapackage.json");

        var heading = await visit.Page.Locator("h1").InnerTextAsync();
        var title = await visit.Page.TitleAsync();
        foreach (var name in new[] { Str(report, "place"), Str(report, "title"), $"{Str(report, "year")}年" }.Where(n => n is not "" and not "年"))
        {
            Assert.Contains(name, heading);
            Assert.Contains(name, title);
        }
        var facts = await visit.Page.Locator("#facts").InnerTextAsync();
        foreach (var field in new[] { "title", "place", "session", "deliveredOn", "speaker", "speakerRole", "publisher", "indexNumber" })
            if (Str(report, field) != "") Assert.Contains(Str(report, field), facts);
        if (report.TryGetProperty("provenance", out var provenance) && provenance.ValueKind == JsonValueKind.Object)
            foreach (var field in new[] { "sourceUrl", "publisher", "licence", "retrievedOn", "note" })
                if (Str(provenance, field) != "") Assert.Contains(Str(provenance, field), facts);
        var speaker = await visit.Page.Locator("#facts dt:has-text('报告人') + dd").InnerTextAsync();
        if (Str(report, "speaker") == "" && Str(report, "speakerRole") == "") Assert.Equal("未载明 not stated", speaker.Trim());
        Assert.Equal(package.GetProperty("version").GetString()![..12], await visit.Page.Locator("#db-version").InnerTextAsync());
        Assert.Equal("zh-CN", await visit.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task The_headline_numbers_are_the_first_results_of_the_review_beside_the_first_targets_of_the_plan_as_the_api_gives_them()
    {
        await using var visit = await Open(fixture);
        var rules = await ReportRules.Of(fixture);
        var expected = rules.HeadlineResults.Concat(rules.HeadlineTargets).ToList();
        Assert.NotEmpty(rules.HeadlineResults);
        Assert.NotEmpty(rules.HeadlineTargets);

        var shownIds = await visit.Page.Locator("#headline-table a[data-indicator]").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.indicator)");
        Assert.Equal(expected.Select(i => Str(i, "id")).Order(), shownIds.Order());
        foreach (var indicator in expected)
        {
            var link = visit.Page.Locator($"#headline-table a[data-indicator='{Str(indicator, "id")}']");
            Assert.Contains(Str(indicator, "valueText") + Str(indicator, "unit"), await link.InnerTextAsync());
            Assert.Equal($"/api/v1/indicators/{Str(indicator, "id")}", await link.GetAttributeAsync("href"));
        }
        Assert.Equal($"/api/v1/paragraphs/{Str(rules.HeadlineResults[0], "paragraphId")}", await visit.Page.Locator("#col-results a").GetAttributeAsync("href"));
        Assert.Equal($"/api/v1/paragraphs/{Str(rules.HeadlineTargets[0], "paragraphId")}", await visit.Page.Locator("#col-targets a").GetAttributeAsync("href"));
        Assert.StartsWith($"{rules.ResultsYear}年实绩", await visit.Page.Locator("#col-results").InnerTextAsync());
        Assert.StartsWith($"{rules.PlanYear}年目标", await visit.Page.Locator("#col-targets").InnerTextAsync());
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task The_charts_draw_every_baseline_against_its_later_value_and_the_targets_of_each_item_of_the_plan()
    {
        await using var visit = await Open(fixture);
        var rules = await ReportRules.Of(fixture);

        var baselines = await Items(fixture, $"/api/v1/indicators?report={rules.Id}&kind=baseline&limit=500");
        if (baselines.Count == 0)
            Assert.Equal(1, await visit.Page.Locator("#chart-baselines > p.empty").CountAsync()); // one line, no empty chart
        Assert.Equal(baselines.Count, await visit.Page.Locator("#baselines-svg g[data-from]").CountAsync());
        foreach (var baseline in baselines)
        {
            var related = await Get(fixture, $"/api/v1/indicators/{baseline.GetProperty("relatedIds")[0].GetString()}");
            var row = await visit.Page.Locator($"#baselines-svg g[data-from='{Str(baseline, "id")}']").TextContentAsync();
            Assert.Contains(Str(baseline, "valueText") + Str(baseline, "unit"), row);
            Assert.Contains(Str(related, "valueText") + Str(related, "unit"), row);
        }
        Assert.Equal(baselines.Count, await visit.Page.Locator("#baselines-svg rect[fill='url(#hatch)']").CountAsync()); // reads without colour

        var items = await Items(fixture, $"/api/v1/sections?parent={rules.PlanPart}&limit=500");
        Assert.NotEmpty(items);
        Assert.Equal(items.Count, await visit.Page.Locator("#targets-svg g[data-section]").CountAsync());
        foreach (var item in items)
        {
            var total = (await Get(fixture, $"/api/v1/indicators?section={Str(item, "id")}&kind=target&period={rules.PlanYear}&limit=1")).GetProperty("total").GetInt32();
            var count = visit.Page.Locator($"#targets-svg g[data-section='{Str(item, "id")}'] text.value");
            Assert.Equal(total.ToString(CultureInfo.InvariantCulture), await count.TextContentAsync());
        }
        Assert.Contains($"{rules.PlanYear}年目标", await visit.Page.Locator("#targets-title").InnerTextAsync());
        Assert.Equal("img", await visit.Page.Locator("#targets-svg").GetAttributeAsync("role")); // an image with a name and a text description
        Assert.False(string.IsNullOrWhiteSpace(await visit.Page.Locator("#targets-svg > desc").TextContentAsync()));
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task The_contents_link_every_section_to_its_json_and_the_downloads_are_ready_made_for_this_report()
    {
        await using var visit = await Open(fixture);
        var id = Str((await Get(fixture, "/api/v1/reports?limit=1")).GetProperty("items")[0], "id");

        var sections = await Items(fixture, $"/api/v1/sections?report={id}&limit=500");
        var hrefs = await visit.Page.Locator("#toc a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(sections.Select(s => $"/api/v1/sections/{Str(s, "id")}").Order(), hrefs.Order());

        var downloads = await visit.Page.Locator("#downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var expected in new[] { "/api/v1/indicators?format=csv&download=1", "/api/v1/projects?format=csv&download=1",
                     "/api/v1/paragraphs?format=csv&download=1", "/api/v1/sections?format=csv&download=1",
                     $"/api/v1/downloads/{id}.db", "/datapackage.json", "/swagger" })
            Assert.Contains(expected, downloads);
        var curl = await visit.Page.Locator("#downloads code").AllTextContentsAsync();
        Assert.Equal(3, curl.Count);
        Assert.All(curl, line => Assert.StartsWith("curl -s", line));
        Assert.All(curl, line => Assert.Contains(fixture.BaseUrl, line));
        Assert.All(curl, line => Assert.Contains(id, line));
        Assert.DoesNotContain(curl, line => line.Contains('{'));
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task Search_finds_the_reports_own_words_and_marks_them()
    {
        await using var visit = await Open(fixture);
        var rules = await ReportRules.Of(fixture);
        var word = Str(rules.HeadlineTargets[0], "subject");
        await visit.Page.Locator("#q").FillAsync(word);
        await visit.Page.Locator("#search-form button").ClickAsync();
        await visit.Page.Locator("#search-results li").First.WaitForAsync();

        var api = await Get(fixture, $"/api/v1/search?q={Uri.EscapeDataString(word)}&report={rules.Id}&limit=20");
        Assert.Equal(api.GetProperty("items").GetArrayLength(), await visit.Page.Locator("#search-results li").CountAsync());
        Assert.Contains(api.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture), await visit.Page.Locator("#search-status").InnerTextAsync());
        var marks = await visit.Page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal(word, m));
        Assert.Contains($"report={rules.Id}", visit.Page.Url); // the search is linkable and keeps to this report
        await visit.Page.Locator("#search").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"front-page-search-{rules.Id}.png") });
        Assert.Empty(visit.FailedRequests);
        Assert.Empty(visit.Errors);
    }
}
