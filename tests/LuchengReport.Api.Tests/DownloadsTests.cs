using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

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

    [Fact]
    public async Task A_byte_range_of_the_file_comes_back_as_206_with_those_bytes()
    {
        var file = await File.ReadAllBytesAsync(Fixture.DatabasePath);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/downloads/lucheng-2021.db");
        request.Headers.Range = new RangeHeaderValue(100, 163);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(file[100..164], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 100-163/{file.Length}", response.Content.Headers.ContentRange!.ToString());
    }

    [Theory]
    [InlineData("bytes=999999999-")]
    [InlineData("bytes=999999999-1000000000")]
    [InlineData("bytes=-0")]
    public async Task A_range_past_the_end_is_a_416_problem_that_says_how_long_the_file_is(string range)
    {
        var length = new FileInfo(Fixture.DatabasePath).Length;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/downloads/lucheng-2021.db");
        request.Headers.TryAddWithoutValidation("Range", range);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"bytes */{length}", response.Content.Headers.ContentRange!.ToString());
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(416, problem.GetProperty("status").GetInt32());
        Assert.Contains($"{length} bytes", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("bytes=0-9,20-29")]         // several ranges
    [InlineData("bytes=999999999-,0-9")]    // several, one of them past the end
    [InlineData("bytes=20-9")]              // malformed
    public async Task Ranges_the_file_result_ignores_still_get_the_whole_file(string range)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/downloads/lucheng-2021.db");
        request.Headers.TryAddWithoutValidation("Range", range);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(Fixture.DatabasePath).Length, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task A_matching_etag_wins_over_a_range_past_the_end()
    {
        using var first = await Client.GetAsync("/api/v1/downloads/lucheng-2021.db");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/downloads/lucheng-2021.db");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        request.Headers.TryAddWithoutValidation("Range", "bytes=999999999-");
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
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
