using System.Text.Json;
using Microsoft.Playwright;
using static LuchengReport.Browser.Tests.FrontPage;

namespace LuchengReport.Browser.Tests;

/// <summary>The bundled report's page: numbers worded as the report words them, and text from the API kept as text.</summary>
[Collection(BundledReport.Name)]
public class BundledReportTests(BundledReportFixture fixture)
{
    [Fact]
    public async Task A_headline_row_words_each_number_as_the_report_does()
    {
        await using var visit = await Open(fixture);
        var gdp = await visit.Page.Locator("#headline-table tr[data-subject='地区生产总值']").InnerTextAsync();
        Assert.Contains("1172.32亿元", gdp);
        Assert.Contains("增长3.1%", gdp);
        Assert.Contains("增长8%以上", gdp); // the qualifier where the text puts it
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task A_snippet_is_shown_as_text_except_for_its_marks()
    {
        await using var visit = await Open(fixture);
        // A hostile snippet, as if the report's text held markup: only the <mark> pair may become an element.
        await visit.Page.RouteAsync("**/api/v1/search?*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new
            {
                items = new[] { new { type = "paragraph", id = "any-p3", reportId = "any", sectionId = "any-s1", title = "<b>title</b>", field = "text",
                    snippet = "<img src=x onerror=\"document.title='owned'\">…<mark>某地</mark> & <script>x()</script>", matchStart = 0, matchEnd = 2 } },
                total = 1, limit = 20, offset = 0, next = (string?)null,
            }),
        }));
        await visit.Page.Locator("#q").FillAsync("某地");
        await visit.Page.Locator("#search-form button").ClickAsync();
        var snippet = visit.Page.Locator("#search-results p.snippet");
        await snippet.WaitForAsync();

        Assert.Equal(["MARK"], await snippet.EvaluateAsync<string[]>("p => [...p.children].map(c => c.tagName)"));
        Assert.Equal("<img src=x onerror=\"document.title='owned'\">…某地 & <script>x()</script>", await snippet.TextContentAsync());
        Assert.Equal("<b>title</b>", await visit.Page.Locator("#search-results a").TextContentAsync());
        Assert.Equal(0, await visit.Page.Locator("#search-results img, #search-results script, #search-results b").CountAsync());
        Assert.NotEqual("owned", await visit.Page.TitleAsync());
    }
}
