using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LuchengReport.Browser.Tests;

/// <summary>
/// The API on a real loopback socket (a browser cannot use the in-memory test server) over a database the real
/// importer builds, and Debian's headless Chromium driven by Playwright: no browser download, no network.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
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

        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "seeds", "lucheng-2021.txt"), Path.Combine(seeds, "lucheng-2021.txt"));
        var curated = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "data", "lucheng-2021.projects.curated.csv"), Path.Combine(curated, "lucheng-2021.projects.curated.csv"));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Data:SeedsPath", seeds);
            b.UseSetting("Data:DatabasePath", Path.Combine(_folder, "lucheng.db"));
            b.UseSetting("Data:CuratedPath", curated);
            b.UseSetting("RateLimit:Enabled", "false");
        });
        _factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0)); // a free port: test classes and parallel runs never collide
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

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
