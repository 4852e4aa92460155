using System.Text.Json;
using Microsoft.Playwright;

namespace LuchengReport.Browser.Tests;

/// <summary>
/// A visit to the front page in a fresh browser context, once its script has drawn everything, with the console
/// errors it logged and the requests the API refused (4xx, 5xx); and the API read beside it, independently.
/// </summary>
public sealed class Visit(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public List<string> Errors { get; } = [];
    public List<string> FailedRequests { get; } = [];
    public ValueTask DisposeAsync() => new(context.CloseAsync());

    /// <summary>What a reader can read: the page's title and its text, without the database's hashes (hex digits may spell anything).</summary>
    public Task<string> VisibleText() => Page.EvaluateAsync<string>(
        "() => { document.querySelectorAll('.hash').forEach(e => e.remove()); return document.title + '\\n' + document.body.innerText; }");

    /// <summary>axe-core's violations of any impact, as JSON, each also written to the test output.</summary>
    public async Task<List<string>> AccessibilityViolations(Action<string> log)
    {
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = await File.ReadAllTextAsync(FrontPage.AxePath()) });
        var result = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return { version: axe.version, passed: r.passes.length, violations: r.violations
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })) };
            }
            """);
        var violations = result.GetProperty("violations").EnumerateArray().ToList();
        log($"axe-core {FrontPage.Str(result, "version")}: {result.GetProperty("passed")} rules passed, {violations.Count} violated");
        Assert.True(result.GetProperty("passed").GetInt32() > 10, "axe checked almost nothing: did the page render?");
        foreach (var v in violations)
            log($"{FrontPage.Str(v, "impact")} {FrontPage.Str(v, "id")}: {FrontPage.Str(v, "help")} at {v.GetProperty("nodes").GetRawText()}");
        return violations.Select(v => v.GetRawText()).ToList();
    }
}

public static class FrontPage
{
    /// <summary>
    /// Opens <paramref name="address"/> (the front page by default), after <paramref name="prepare"/> has set up the page
    /// (listeners, routes), and waits until the script says it is done. A visit in normal use draws every block without
    /// an error and asks the API nothing it refuses.
    /// </summary>
    public static async Task<Visit> Open(BrowserFixture fixture, string address = "/", Func<IPage, Task>? prepare = null,
        BrowserNewContextOptions? options = null, bool normalUse = true)
    {
        options ??= new BrowserNewContextOptions();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        var context = await fixture.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var visit = new Visit(context, page);
        page.Console += (_, message) => { if (message.Type == "error") visit.Errors.Add(message.Text); };
        page.PageError += (_, error) => visit.Errors.Add(error);
        page.Response += (_, response) => { if (response.Status >= 400) visit.FailedRequests.Add($"{response.Status} {response.Url}"); };
        if (prepare is not null) await prepare(page);
        var response = await page.GotoAsync($"{fixture.BaseUrl}{address}");
        Assert.Equal(200, response!.Status);
        await page.Locator("body[data-ready='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        if (normalUse)
        {
            Assert.Equal(0, await page.Locator(".error").CountAsync());
            Assert.Empty(visit.FailedRequests);
        }
        return visit;
    }

    public static async Task<JsonElement> Get(BrowserFixture fixture, string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        return JsonSerializer.Deserialize<JsonElement>(await http.GetStringAsync(path));
    }

    /// <summary>The items of a collection, checked to fit in one page.</summary>
    public static async Task<List<JsonElement>> Items(BrowserFixture fixture, string path)
    {
        var page = await Get(fixture, path);
        Assert.Equal(page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength());
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>A field as text; "" when it is null or absent.</summary>
    public static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : "";

    /// <summary>axe-core from the repository's node_modules (npm ci installs it from package-lock.json).</summary>
    public static string AxePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var axe = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(axe)) return axe;
        }
        throw new InvalidOperationException("node_modules/axe-core/axe.min.js is missing: run `npm ci` at the repository root (tests/run-all.sh does).");
    }
}
