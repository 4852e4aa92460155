using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using LuchengReport.Api.Features.Downloads;
using LuchengReport.Api.Features.Reports;

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
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Contains(resources, r => Str(r, "name") == "indicators");
        foreach (var resource in resources)
        {
            var csv = await Client.GetStringAsync(new Uri(Str(resource, "path")).PathAndQuery);
            var header = csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)].Split(',');
            Assert.Equal(header, resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => Str(f, "name")));
        }
    }

    [Fact]
    public async Task The_data_package_describes_the_bundled_report_from_its_data_and_its_sidecar()
    {
        var package = await GetJson("/datapackage.json");
        var report = await GetJson("/api/v1/reports/lucheng-2021");
        var licence = report.GetProperty("provenance").GetProperty("licence").GetString();
        Assert.Equal("government-work-report-lucheng-2021", Str(package, "name"));
        Assert.Equal("温州市鹿城区政府工作报告 (2021)", Str(package, "title"));
        Assert.StartsWith("温州市鹿城区政府工作报告 (2021), delivered on 2021-02-23 to the 第九届人民代表大会第五次会议 by 区长 白洪楞, parsed into", Str(package, "description"));
        Assert.Equal($$"""[{"name":"notspecified","title":"{{licence}}"}]""", Compact(package.GetProperty("licenses")));
        Assert.Equal("""[{"title":"温州市鹿城区人民政府办公室: 温州市鹿城区政府工作报告 (2021), 索引号 001008003001001/2021-31351","path":null}]""",
            Compact(package.GetProperty("sources")));
    }

    static ReportDto Report(string id, string? place, string? title, int? year, string? licence) => new()
    {
        Id = id, Government = place, Title = title, District = null, Year = year, Session = null, Place = place, DeliveredOn = null, Speaker = null,
        SpeakerRole = null, Publisher = null, IndexNumber = null, Category = null, Disclosure = null, PublishedOn = null,
        SourceSha256 = "", Warnings = [], Counts = new ReportCounts(0, 0, 0, 0, 0, 0, 0),
        Provenance = licence is null ? null : new ReportProvenance(null, null, licence, null, null),
    };

    [Fact]
    public void Each_licence_a_sidecar_states_is_listed_once_and_none_when_no_sidecar_states_one()
    {
        var about = PackageAbout.Of([Report("a", "青田县", "政府工作报告", 2023, "注明出处"), Report("b", "青田县", "政府工作报告", 2024, "注明出处"),
            Report("c", null, null, null, "CC BY 4.0"), Report("d", null, null, null, null)]);
        Assert.Equal(["注明出处", "CC BY 4.0"], about.Licenses.Select(l => l.Title));
        Assert.Equal("4 government work reports (2023–2024)", about.Title);
        Assert.Empty(PackageAbout.Of([Report("d", null, null, 2024, null)]).Licenses);
    }

    [Theory]
    [InlineData("青田县", "政府工作报告", 2024, "青田县政府工作报告 (2024)")]
    [InlineData("青田县", "2024年青田县政府工作报告", 2024, "2024年青田县政府工作报告 (2024)")]
    [InlineData(null, "政府工作报告", 1988, "政府工作报告 (1988)")]
    [InlineData(null, null, null, "qingtian-x")]
    public void A_report_is_named_by_what_its_text_states_and_by_its_id_when_it_states_nothing(string? place, string? title, int? year, string label) =>
        Assert.Equal(label, PackageAbout.Label(Report("qingtian-x", place, title, year, null)));

    static string Compact(JsonElement e) => JsonSerializer.Serialize(e, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
