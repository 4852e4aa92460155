using System.Text;

namespace LuchengReport.Api.Tests;

/// <summary>A tiny report written for these tests (invented place, speaker and numbers), as another county would publish it.</summary>
static class InventedReport
{
    public const string Text = """
        政府工作报告

        2024年1月16日在丽水市青田县
        第十八届人民代表大会第三次会议上

        青田县人民政府县长张三丰

        各位代表：
        一、2023年工作回顾
        （一）经济平稳增长。全县地区生产总值增长6.5%左右。
        二、2024年主要任务
        （一）扩大有效投资。完成固定资产投资120亿元。
        """;

    public const string Sidecar = """
        {"sourceUrl": "https://www.qingtian.example/zwgk/2024-report.html", "publisher": "青田县人民政府办公室",
         "licence": "可自由转载，请注明出处", "retrievedOn": "2024-01-20", "note": "网页正文逐字复制"}
        """;

    /// <summary>Phrases that belong to the bundled report alone: none may leak into another report's data.</summary>
    public static readonly string[] BundledOnly = ["鹿城", "lucheng", "Lucheng", "温州", "白洪楞", "001008003001001", "republished with attribution"];

    public static void ReplaceTheBundledReport(string seedsPath, string fileStem, bool withSidecar)
    {
        foreach (var file in Directory.GetFiles(seedsPath)) File.Delete(file);
        File.WriteAllText(Path.Combine(seedsPath, fileStem + ".txt"), Text);
        if (withSidecar) File.WriteAllText(Path.Combine(seedsPath, fileStem + ".source.json"), Sidecar);
    }
}

/// <summary>The API over one invented report, named in Chinese, with its own sidecar: nothing of the bundled report shows.</summary>
public sealed class InventedReportFixture : ApiFixture
{
    protected override void PrepareSeeds(string seedsPath) => InventedReport.ReplaceTheBundledReport(seedsPath, "2024年青田县政府工作报告", withSidecar: true);
}

public sealed class InventedReportApiTests(InventedReportFixture fixture) : ApiTest(fixture), IClassFixture<InventedReportFixture>
{
    const string Id = "2024-qingtianxian";

    [Fact]
    public async Task The_report_named_in_chinese_is_served_under_its_formed_id_with_its_sidecars_provenance()
    {
        var report = Assert.Single(Items(await GetJson("/api/v1/reports")));
        Assert.Equal(Id, Str(report, "id"));
        Assert.Equal("""
            {"sourceUrl":"https://www.qingtian.example/zwgk/2024-report.html","publisher":"青田县人民政府办公室","licence":"可自由转载，请注明出处","retrievedOn":"2024-01-20","note":"网页正文逐字复制"}
            """, (await GetJson($"/api/v1/reports/{Id}")).GetProperty("provenance").GetRawText());
    }

    [Fact]
    public async Task The_data_package_is_built_from_this_report_and_mentions_nothing_of_the_bundled_one()
    {
        var body = await Client.GetStringAsync("/datapackage.json");
        Assert.All(InventedReport.BundledOnly, phrase => Assert.DoesNotContain(phrase, body));
        var package = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal($"government-work-report-{Id}", Str(package, "name"));
        Assert.Contains("青田县", Str(package, "title"));
        Assert.Contains("张三丰", Str(package, "description"));
        Assert.Equal("""[{"name":"notspecified","title":"可自由转载，请注明出处"}]""", package.GetProperty("licenses").GetRawText());
        var source = Assert.Single(package.GetProperty("sources").EnumerateArray());
        Assert.Equal("https://www.qingtian.example/zwgk/2024-report.html", Str(source, "path"));
        Assert.StartsWith("青田县人民政府办公室: ", Str(source, "title"));
    }

    [Fact]
    public async Task A_csv_download_is_named_after_the_report_and_holds_its_provenance()
    {
        using var response = await Client.GetAsync("/api/v1/reports?format=csv&download=1");
        Assert.Equal($"{Id}-reports.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");
        var header = lines[0].Split(',');
        var row = lines[1].Split(','); // no field of this report holds a comma or a quote
        Assert.Equal("https://www.qingtian.example/zwgk/2024-report.html", row[Array.IndexOf(header, "provenance.sourceUrl")]);
        Assert.Equal("2024-01-20", row[Array.IndexOf(header, "provenance.retrievedOn")]);
    }
}

/// <summary>The bundled report beside an invented one without a sidecar.</summary>
public sealed class TwoReportsFixture : ApiFixture
{
    protected override void PrepareSeeds(string seedsPath) => File.WriteAllText(Path.Combine(seedsPath, "qingtian-2024.txt"), InventedReport.Text);
}

public sealed class TwoReportsApiTests(TwoReportsFixture fixture) : ApiTest(fixture), IClassFixture<TwoReportsFixture>
{
    [Fact]
    public async Task A_report_without_a_sidecar_has_null_provenance() =>
        Assert.Equal("null", (await GetJson("/api/v1/reports/qingtian-2024")).GetProperty("provenance").GetRawText());

    [Fact]
    public async Task The_data_package_counts_the_reports_and_lists_only_the_licences_sidecars_state()
    {
        var package = await GetJson("/datapackage.json");
        var licence = (await GetJson("/api/v1/reports/lucheng-2021")).GetProperty("provenance").GetProperty("licence").GetString();
        Assert.Equal("government-work-reports", Str(package, "name"));
        Assert.Equal("2 government work reports (2021–2024)", Str(package, "title"));
        Assert.Equal([licence], package.GetProperty("licenses").EnumerateArray().Select(l => Str(l, "title")));
    }

    [Theory]
    [InlineData("/api/v1/indicators?format=csv&download=1", "all-indicators.csv")]
    [InlineData("/api/v1/indicators?format=csv&download=1&report=qingtian-2024", "qingtian-2024-indicators.csv")]
    public async Task A_csv_download_is_named_after_its_report_or_all(string url, string fileName)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }
}
