using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Api.Tests;

/// <summary>
/// The API over a database the real importer builds once per test run from the project's own seed, in a folder of
/// its own (the repository's data/ is never touched).
/// </summary>
public class ApiFixture : WebApplicationFactory<Program>
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("lucheng-api-").FullName;
    public string SeedsPath => Path.Combine(Folder, "seeds");
    public string DatabasePath => Path.Combine(Folder, "lucheng.db");
    public string CuratedPath => Path.Combine(Folder, "data");

    public ApiFixture()
    {
        Directory.CreateDirectory(SeedsPath);
        Directory.CreateDirectory(CuratedPath);
        foreach (var seed in new[] { "lucheng-2021.txt", "lucheng-2021.source.json" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "seeds", seed), Path.Combine(SeedsPath, seed));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "data", "lucheng-2021.projects.curated.csv"), Path.Combine(CuratedPath, "lucheng-2021.projects.curated.csv"));
        PrepareSeeds(SeedsPath);
    }

    /// <summary>Lets a fixture of its own add seed files (e.g. a livelihood table) before the API builds its database.</summary>
    protected virtual void PrepareSeeds(string seedsPath) { }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Data:SeedsPath", SeedsPath);
        builder.UseSetting("Data:DatabasePath", DatabasePath);
        builder.UseSetting("Data:CuratedPath", CuratedPath);
        builder.UseSetting("RateLimit:Enabled", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>Extra configuration for a fixture of its own (e.g. a tight rate limit).</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

/// <summary>Helpers every API test class uses.</summary>
public abstract class ApiTest(ApiFixture fixture)
{
    protected HttpClient Client { get; } = fixture.CreateClient();
    protected ApiFixture Fixture => fixture;

    protected async Task<JsonElement> GetJson(string url, int expectedStatus = 200)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"GET {url}: expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    protected static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
    protected static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
