using System.Text.Json;

namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class LivelihoodApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_report_puts_twelve_candidates_to_a_vote_and_does_not_list_them()
    {
        var l = await GetJson("/api/v1/reports/lucheng-2021/livelihood");
        Assert.Equal((12, 10), (l.GetProperty("candidateCount").GetInt32(), l.GetProperty("selectedCount").GetInt32()));
        Assert.Equal(("票决", "群众提、大家定、政府办"), (Str(l, "selectionMethod"), Str(l, "principle")));
        Assert.False(l.GetProperty("candidatesListed").GetBoolean());
        Assert.Equal(0, l.GetProperty("candidates").GetArrayLength());
        Assert.Contains("does not list", Str(l, "note"));
        Assert.Contains("十二个民生实事候选项目", Str(l, "sourceText"));

        var paragraph = await GetJson($"/api/v1/paragraphs/{Str(l, "sourceParagraphId")}");
        Assert.Equal(Str(l, "sourceText"), Str(paragraph, "text")[l.GetProperty("sourceStart").GetInt32()..l.GetProperty("sourceEnd").GetInt32()]);
    }

    [Fact]
    public async Task Related_statements_and_the_targets_link_come_with_it()
    {
        var l = await GetJson("/api/v1/reports/lucheng-2021/livelihood");
        var statements = l.GetProperty("relatedStatements").EnumerateArray().ToList();
        Assert.Contains(statements, s => Str(s, "period") == "2020" && Str(s, "text").Contains("民生实事"));
        Assert.Contains(statements, s => Str(s, "period") == "2021-2025" && Str(s, "text").Contains("十大民生实事"));
        Assert.All(statements, s => Assert.Equal(Str(s, "text"), Str(s, "paragraphText")[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]));

        var targets = l.GetProperty("targets");
        Assert.Equal("lucheng-2021-s3-7", Str(targets, "sectionId"));
        var indicators = await GetJson(Str(targets, "indicatorsUrl"));
        Assert.True(indicators.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task An_unknown_report_is_a_404() => await GetJson("/api/v1/reports/nope/livelihood", 404);
}

/// <summary>A seeds folder that also holds lucheng-2021.livelihood.csv: the candidates are served from it.</summary>
public sealed class ListedCandidatesFixture : ApiFixture
{
    protected override void PrepareSeeds(string seedsPath) => File.WriteAllText(Path.Combine(seedsPath, "lucheng-2021.livelihood.csv"),
        "number,title,description,category,selected\r\n1,测试项目甲,\"说明, 含逗号\",教育,true\r\n2,测试项目乙,,医疗,false\r\n");
}

public class ListedCandidatesTests(ListedCandidatesFixture fixture) : ApiTest(fixture), IClassFixture<ListedCandidatesFixture>
{
    [Fact]
    public async Task Candidates_supplied_in_a_table_are_served_and_marked_listed()
    {
        var l = await GetJson("/api/v1/reports/lucheng-2021/livelihood");
        Assert.True(l.GetProperty("candidatesListed").GetBoolean());
        var candidates = l.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(["测试项目甲", "测试项目乙"], candidates.Select(c => Str(c, "title")));
        Assert.Equal("说明, 含逗号", Str(candidates[0], "description"));
        Assert.True(candidates[0].GetProperty("selected").GetBoolean());
        Assert.Equal(12, l.GetProperty("candidateCount").GetInt32());
    }
}

/// <summary>
/// Two invented county reports beside the bundled one: 青田县 lists its 惠民实事 (a count last year, an inline list this
/// year, an appendix with annual targets); 文成县 never speaks of them.
/// </summary>
public sealed class CountyReportsFixture : ApiFixture
{
    protected override void PrepareSeeds(string seedsPath)
    {
        File.WriteAllText(Path.Combine(seedsPath, "qingtian-2025.txt"), """
            青田县政府工作报告

            2025年1月10日在青田县第十八届人民代表大会第五次会议上

            县长　张三丰

            各位代表：

            现在，我代表县人民政府向大会报告工作，请予审议。

            一、2024年工作回顾

            过去一年，全县地区生产总值增长6.5%。八件民生实事全部完成。

            二、2025年工作安排

            今年，我们将接续办好3件重点民生实事，包括：新建口袋公园20个；改造老旧小区500户；开通社区公交5条。

            各位代表！让我们团结一心，奋勇前进！

            """);
        File.WriteAllText(Path.Combine(seedsPath, "wencheng-2025.txt"), """
            文成县政府工作报告

            各位代表：

            现在，我代表县人民政府向大会报告工作，请予审议。

            一、2024年工作回顾

            过去一年，全县地区生产总值增长6.1%，脚踏实地为民办实事。

            二、2025年工作安排

            今年，城镇新增就业3000人，坚持实事求是。

            """);
    }
}

public class CountyReportsTests(CountyReportsFixture fixture) : ApiTest(fixture), IClassFixture<CountyReportsFixture>
{
    [Fact]
    public async Task A_report_that_lists_its_projects_is_served_with_every_statement_and_the_items_verbatim()
    {
        var l = await GetJson("/api/v1/reports/qingtian-2025/livelihood");
        var statements = l.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal([("八件", "done"), ("3件重点", "planned")], statements.Select(s => (Str(s, "countText"), Str(s, "status"))));
        Assert.True(l.GetProperty("itemsListed").GetBoolean());
        Assert.False(l.GetProperty("candidatesListed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, l.GetProperty("candidateCount").ValueKind);

        var items = statements[1].GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["新建口袋公园20个", "改造老旧小区500户", "开通社区公交5条"], items.Select(i => Str(i, "text")));
        Assert.True(statements[1].GetProperty("listComplete").GetBoolean());
        var paragraph = Str(await GetJson($"/api/v1/paragraphs/{Str(items[2], "paragraphId")}"), "text");
        Assert.Equal(Str(items[2], "text"), paragraph[items[2].GetProperty("start").GetInt32()..items[2].GetProperty("end").GetInt32()]);

        Assert.Equal(Str(l, "sourceParagraphId"), Str(items[0], "paragraphId"));
        Assert.Contains("接续办好3件重点民生实事", Str(l, "sourceText"));
        Assert.Single(l.GetProperty("relatedStatements").EnumerateArray());
        Assert.DoesNotContain("district", Str(l, "note"));
    }

    [Fact]
    public async Task A_report_that_never_speaks_of_them_is_a_404_that_says_so()
    {
        var problem = await GetJson("/api/v1/reports/wencheng-2025/livelihood", 404);
        Assert.Contains("never speaks of 民生实事", Str(problem, "detail"));
    }
}
