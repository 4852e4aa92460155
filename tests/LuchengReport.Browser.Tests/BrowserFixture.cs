using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LuchengReport.Browser.Tests;

/// <summary>
/// The API on a real loopback socket (a browser cannot use the in-memory test server) over a database the real
/// importer builds from a folder of seeds, and Debian's headless Chromium driven by Playwright: no browser download,
/// no network.
/// </summary>
/// <param name="seeds">The folder of report texts (and the files beside them), in the test output folder.</param>
/// <param name="curated">The folder of curated tables for them, or null for none.</param>
public abstract class BrowserFixture(string seeds, string? curated) : IAsyncLifetime
{
    const string Chromium = "/usr/bin/chromium";
    readonly string _folder = Directory.CreateTempSubdirectory("lucheng-browser-").FullName;
    WebApplicationFactory<Program>? _factory;
    IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: run `apt-get install chromium fonts-wqy-microhei` (tests/run-all.sh does).");

        var seedFolder = CopyInto("seeds", seeds);
        var curatedFolder = CopyInto("data", curated);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Data:SeedsPath", seedFolder);
            b.UseSetting("Data:DatabasePath", Path.Combine(_folder, "reports.db"));
            b.UseSetting("Data:CuratedPath", curatedFolder);
            b.UseSetting("RateLimit:Enabled", "false");
        });
        _factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0)); // a free port: fixtures and parallel runs never collide
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A copy of the output folder's files, so the API's database and anything it writes stay in the fixture's own folder.</summary>
    string CopyInto(string name, string? from)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        if (from is not null)
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, from)))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The bundled report, as the API serves it out of the box.</summary>
public sealed class BundledReportFixture() : BrowserFixture("seeds", "data");

/// <summary>
/// A small report written for these tests (InventedReport/yunxi-2023.txt): an invented county's 2023 report, so
/// another government and another year, with two parts of items, a review paragraph with results, a statement of
/// five main targets, and no speaker on its cover.
/// </summary>
public sealed class InventedReportFixture() : BrowserFixture("InventedReport", null);

[CollectionDefinition(Name)]
public sealed class BundledReport : ICollectionFixture<BundledReportFixture> { public const string Name = "the bundled report"; }

[CollectionDefinition(Name)]
public sealed class InventedReport : ICollectionFixture<InventedReportFixture> { public const string Name = "an invented report"; }
