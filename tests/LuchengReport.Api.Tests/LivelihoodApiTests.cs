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
