using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class DownloadsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_sqlite_file_downloads_with_its_sha256_as_etag()
    {
        using var response = await Client.GetAsync("/api/v1/downloads/lucheng-2021.db");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(bytes, 0, 16));
        Assert.Equal(await File.ReadAllBytesAsync(Fixture.DatabasePath), bytes);
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", response.Headers.ETag!.Tag);
        Assert.Equal("lucheng-2021.db", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/downloads/lucheng-2021.db");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(again)).StatusCode);

        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/downloads/lucheng-2021.db"));
        Assert.Equal(bytes.Length, head.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("/api/v1/downloads/nope.db")]
    [InlineData("/api/v1/downloads/lucheng-2021.csv")]
    [InlineData("/api/v1/downloads/..%2Flucheng-2021.db")]
    public async Task Anything_else_is_a_404(string url) => await GetJson(url, 404);

    [Fact]
    public async Task The_data_package_describes_every_csv_export_with_its_real_columns()
    {
        var package = await GetJson("/datapackage.json");
        Assert.Equal("tabular-data-package", Str(package, "profile"));
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Fixture.DatabasePath)));
        Assert.Equal(sha, Str(package, "version"));
        Assert.NotEmpty(package.GetProperty("licenses").EnumerateArray());
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Contains(resources, r => Str(r, "name") == "indicators");
        foreach (var resource in resources)
        {
            var csv = await Client.GetStringAsync(new Uri(Str(resource, "path")).PathAndQuery);
            var header = csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)].Split(',');
            Assert.Equal(header, resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => Str(f, "name")));
        }
    }
}
