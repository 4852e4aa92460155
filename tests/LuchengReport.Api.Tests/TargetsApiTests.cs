using System.Text;
using System.Text.Json;

namespace LuchengReport.Api.Tests;

/// <summary>GET /api/v1/reports/{id}/targets: the report's main expected targets, on the bundled report (its part 三 statement).</summary>
[Collection(ApiCollection.Name)]
public class TargetsApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    const string Url = "/api/v1/reports/lucheng-2021/targets";

    [Fact]
    public async Task The_report_states_six_main_targets_in_text_order_each_a_target_of_the_plan_year()
    {
        var page = await GetJson(Url);
        Assert.Equal(6, page.GetProperty("total").GetInt32());
        var targets = Items(page).ToList();
        Assert.Equal(["8% 地区生产总值 >= 以上", "8% 一般公共预算收入 = ", "9% 规上工业增加值 >= 以上", "10% 固定资产投资 = ",
                "8% 城镇居民人均可支配收入 = ", "9.5% 农村居民人均可支配收入 >= 以上"],
            targets.Select(t => $"{t.GetProperty("value").GetDecimal()}{Str(t, "unit")} {Str(t, "subject")} {Str(t, "comparator")} {t.GetProperty("qualifier").GetString()}"));
        Assert.All(targets, t => Assert.Equal(("target", "2021", "change"), (Str(t, "kind"), Str(t, "period"), Str(t, "measure"))));
    }

    [Fact]
    public async Task Each_target_comes_with_the_verbatim_sentence_of_the_statement_that_holds_it()
    {
        var targets = Items(await GetJson(Url)).ToList();
        var paragraph = await GetJson($"/api/v1/paragraphs/{Str(targets[0], "paragraphId")}");
        foreach (var t in targets)
        {
            int start = t.GetProperty("sentenceStart").GetInt32(), end = t.GetProperty("sentenceEnd").GetInt32();
            Assert.Equal(Str(t, "sentence"), Str(paragraph, "text")[start..end]);
            Assert.InRange(t.GetProperty("sourceStart").GetInt32(), start, end);
        }
        Assert.StartsWith("全区经济社会发展的主要预期目标是", Str(targets[0], "sentence"));
        Assert.EndsWith("。", Str(targets[0], "sentence"));
    }

    [Fact]
    public async Task A_target_is_the_indicator_of_the_same_id()
    {
        var target = Items(await GetJson(Url)).First();
        var indicator = await GetJson($"/api/v1/indicators/{Str(target, "id")}");
        foreach (var field in new[] { "subject", "valueText", "unit", "kind", "period", "comparator", "sourceText" })
            Assert.Equal(Str(indicator, field), Str(target, field));
        Assert.Equal(JsonValueKind.Null, target.GetProperty("valueHigh").ValueKind);
    }

    [Fact]
    public async Task Pages_of_four_add_up_to_the_whole_list_and_the_last_has_no_next()
    {
        var first = await GetJson($"{Url}?limit=4");
        Assert.Equal((4, 6), (first.GetProperty("items").GetArrayLength(), first.GetProperty("total").GetInt32()));
        var next = new Uri(first.GetProperty("next").GetString()!).PathAndQuery;
        var second = await GetJson(next);
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var whole = Items(await GetJson(Url)).Select(i => Str(i, "id"));
        Assert.Equal(whole, Items(first).Concat(Items(second)).Select(i => Str(i, "id")));
    }

    [Fact]
    public async Task The_csv_export_has_a_row_per_target_with_its_sentence_and_is_named_after_the_report()
    {
        using var response = await Client.GetAsync($"{Url}?format=csv&download=1&limit=1");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("lucheng-2021-targets.csv", response.Content.Headers.ContentDisposition!.ToString());
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Superset(new HashSet<string> { "subject", "value", "valueHigh", "comparator", "sentence", "sentenceStart", "sentenceEnd" }, header.ToHashSet());
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public async Task An_unknown_report_is_a_404_problem()
    {
        var problem = await GetJson("/api/v1/reports/nope/targets", 404);
        Assert.Contains("nope", Str(problem, "detail"));
    }

    [Fact]
    public async Task A_bad_page_size_is_a_400() => await GetJson($"{Url}?limit=0", 400);
}

/// <summary>The bundled report and an invented one whose plan states no main targets (and writes a range).</summary>
public sealed class NoMainTargetsFixture : ApiFixture
{
    protected override void PrepareSeeds(string seedsPath) => File.WriteAllText(Path.Combine(seedsPath, "qingtian-2024.txt"), """
        青田县人民政府工作报告
        ——2024年1月10日在青田县第十八届人民代表大会第三次会议上
        县长　张三丰
        各位代表：
        现在，我代表县人民政府向大会报告工作，请予审议。
        一、2023年工作回顾
        过去一年，全县地区生产总值增长6.1%，新增市场主体1200家。
        二、2024年工作安排
        今年全县生产总值增长6%—6.5%，新建口袋公园3个，居民收入增长与经济增长同步。
        """);
}

public class TargetsOfASecondReportTests(NoMainTargetsFixture fixture) : ApiTest(fixture), IClassFixture<NoMainTargetsFixture>
{
    [Fact]
    public async Task A_report_that_states_no_main_targets_has_an_empty_list_not_a_404()
    {
        var page = await GetJson("/api/v1/reports/qingtian-2024/targets");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Empty(Items(page));
        Assert.Equal(6, (await GetJson("/api/v1/reports/lucheng-2021/targets")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_range_is_one_indicator_with_its_high_end_and_the_between_comparator()
    {
        var ranges = Items(await GetJson("/api/v1/indicators?report=qingtian-2024&comparator=between")).ToList();
        var gdp = Assert.Single(ranges);
        Assert.Equal((6m, 6.5m, "%", "target", "2024"),
            (gdp.GetProperty("value").GetDecimal(), gdp.GetProperty("valueHigh").GetDecimal(), Str(gdp, "unit"), Str(gdp, "kind"), Str(gdp, "period")));
        Assert.Equal("全县生产总值增长6%—6.5%", Str(gdp, "sourceText"));
    }
}
