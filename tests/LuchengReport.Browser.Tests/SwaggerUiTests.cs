using System.Text.Json;
using Microsoft.Playwright;

namespace LuchengReport.Browser.Tests;

/// <summary>A developer exploring in Swagger UI, in a real browser.</summary>
[Collection(BundledReport.Name)]
public class SwaggerUiTests(BundledReportFixture fixture)
{
    [Fact]
    public async Task Swagger_ui_lists_every_operation_and_try_it_out_returns_the_2021_targets()
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 2000 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };

        await page.GotoAsync($"{fixture.BaseUrl}/swagger/index.html");
        await page.Locator(".opblock").First.WaitForAsync();

        using var document = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"{fixture.BaseUrl}/openapi/v1.json")).TextAsync());
        var operations = document.RootElement.GetProperty("paths").EnumerateObject().Sum(p => p.Value.EnumerateObject().Count());
        Assert.Equal(operations, await page.Locator(".opblock").CountAsync());

        var indicators = page.Locator("#operations-Indicators-listIndicators");
        await indicators.Locator(".opblock-summary").ClickAsync();
        await indicators.Locator("button.try-out__btn").ClickAsync();
        await indicators.Locator("tr[data-param-name='period'] input").FillAsync("2021");
        await indicators.Locator("button.execute").ClickAsync();

        var status = indicators.Locator(".live-responses-table .response .response-col_status").First;
        await status.WaitForAsync();
        Assert.Equal("200", (await status.InnerTextAsync()).Trim());
        var body = indicators.Locator(".live-responses-table .highlight-code").First;
        Assert.Contains("地区生产总值", await body.InnerTextAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "swagger-try-it-out.png"), FullPage = false });
        Assert.Empty(consoleErrors);
    }
}
