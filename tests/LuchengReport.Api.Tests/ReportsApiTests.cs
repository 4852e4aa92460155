using System.Net;
using System.Text.Json;

namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class ReportsApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_report_list_holds_the_2021_report_with_its_metadata_and_counts()
    {
        var page = await GetJson("/api/v1/reports");
        var report = Assert.Single(Items(page));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var expected = new Dictionary<string, object>
        {
            ["id"] = "lucheng-2021", ["title"] = "政府工作报告", ["district"] = "鹿城区", ["year"] = 2021,
            ["session"] = "第九届人民代表大会第五次会议", ["place"] = "温州市鹿城区", ["deliveredOn"] = "2021-02-23",
            ["speaker"] = "白洪楞", ["speakerRole"] = "区长", ["publisher"] = "区政府办公室",
            ["indexNumber"] = "001008003001001/2021-31351", ["category"] = "政府工作报告", ["disclosure"] = "主动公开",
            ["publishedOn"] = "2021-02-26",
        };
        foreach (var (name, value) in expected)
            Assert.Equal(value.ToString(), report.GetProperty(name).ToString());
        Assert.Matches("^[0-9a-f]{64}$", Str(report, "sourceSha256"));
        Assert.Equal("""{"parts":3,"items":22,"subsections":24,"appendices":0,"paragraphs":62,"indicators":235,"targets":6}""", report.GetProperty("counts").GetRawText());
        Assert.Equal("[]", report.GetProperty("warnings").GetRawText());
    }

    [Fact]
    public async Task The_bundled_reports_provenance_is_what_its_sidecar_says_and_null_where_it_is_silent()
    {
        var sidecar = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "lucheng-2021.source.json"))).RootElement;
        string? Said(string field) => sidecar.TryGetProperty(field, out var value) ? value.GetString() : null;
        var expected = JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["sourceUrl"] = Said("sourceUrl"), ["publisher"] = Said("publisher"), ["licence"] = Said("licence"),
            ["retrievedOn"] = Said("retrievedOn"), ["note"] = Said("note"),
        });
        foreach (var report in new[] { Assert.Single(Items(await GetJson("/api/v1/reports"))), await GetJson("/api/v1/reports/lucheng-2021") })
            Assert.Equal(expected, JsonSerializer.Serialize(report.GetProperty("provenance")));
        Assert.NotNull(Said("publisher"));
        Assert.Null(Said("sourceUrl")); // the repository records no address: none is made up
    }

    [Fact]
    public async Task One_report_is_served_by_id() =>
        Assert.Equal("白洪楞", Str(await GetJson("/api/v1/reports/lucheng-2021"), "speaker"));

    [Fact]
    public async Task The_contents_nest_parts_items_and_subsections()
    {
        var contents = await GetJson("/api/v1/reports/lucheng-2021/contents");
        var top = contents.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["preamble", "part", "part", "part"], top.Select(s => Str(s, "level")));
        var partThree = top[3];
        Assert.Equal("全力以赴做好“十四五”开局工作", Str(partThree, "title"));
        var items = partThree.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(8, items.Count);
        Assert.Equal(24, items.Sum(i => i.GetProperty("children").GetArrayLength()));
        Assert.Equal(62, top.Sum(s => s.GetProperty("paragraphCount").GetInt32()));
    }

    [Fact]
    public async Task The_report_text_is_served_so_offsets_can_be_checked()
    {
        var text = await Client.GetStringAsync("/api/v1/reports/lucheng-2021/text");
        var paragraph = await GetJson("/api/v1/paragraphs/lucheng-2021-p3");
        int start = paragraph.GetProperty("start").GetInt32(), end = paragraph.GetProperty("end").GetInt32();
        Assert.Equal(Str(paragraph, "text"), text[start..end]);
    }

    [Theory]
    [InlineData("/api/v1/reports/nope")]
    [InlineData("/api/v1/reports/nope/contents")]
    [InlineData("/api/v1/reports/nope/text")]
    public async Task An_unknown_report_is_a_404_naming_the_id(string url)
    {
        var problem = await GetJson(url, 404);
        Assert.Contains("'nope'", Str(problem, "detail"));
    }

    [Fact]
    public async Task Chinese_is_sent_as_utf8_not_escaped()
    {
        var body = await Client.GetStringAsync("/api/v1/reports/lucheng-2021");
        Assert.Contains("鹿城区", body);
        Assert.DoesNotContain("\\u", body);
    }

    [Fact]
    public async Task The_root_serves_the_front_page_in_chinese_with_its_own_script_and_style()
    {
        using var client = Fixture.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<script src=\"/app.js\" defer></script>", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/app.css\">", html);
        Assert.DoesNotContain("<script>", html); // the CSP allows no inline script
        using var swagger = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }
}
