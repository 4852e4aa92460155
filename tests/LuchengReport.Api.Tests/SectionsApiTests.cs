namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class SectionsApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Sections_filter_by_level_and_parent()
    {
        var items = await GetJson("/api/v1/sections?level=item&parent=lucheng-2021-s3");
        Assert.Equal(8, items.GetProperty("total").GetInt32());
        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八"], Items(items).Select(s => Str(s, "number")));

        var subsections = await GetJson("/api/v1/sections?report=lucheng-2021&level=subsection&limit=500");
        Assert.Equal(24, subsections.GetProperty("total").GetInt32());
        Assert.All(Items(subsections), s => Assert.Equal(3, s.GetProperty("depth").GetInt32()));
    }

    [Fact]
    public async Task Sections_come_in_document_order_with_the_fields_clients_need()
    {
        var first = Items(await GetJson("/api/v1/sections?limit=2")).ToList();
        Assert.Equal(["lucheng-2021-s0", "lucheng-2021-s1"], first.Select(s => Str(s, "id")));
        var part = first[1];
        Assert.Equal("""
            {"id":"lucheng-2021-s1","reportId":"lucheng-2021","parentId":null,"level":"part","number":"一","title":"2020年主要工作和“十三五”发展回顾","ordinal":1,"depth":1,"start":238,"end":5843,"paragraphCount":16}
            """.Trim(), part.GetRawText());
    }

    [Fact]
    public async Task Paging_gives_an_envelope_a_next_url_and_a_link_header()
    {
        using var response = await Client.GetAsync("/api/v1/sections?level=subsection&limit=10&offset=10");
        var page = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((24, 10, 10), (page.GetProperty("total").GetInt32(), page.GetProperty("limit").GetInt32(), page.GetProperty("offset").GetInt32()));
        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        var next = page.GetProperty("next").GetString()!;
        Assert.EndsWith("/api/v1/sections?level=subsection&limit=10&offset=20", next);
        Assert.Equal($"<{next}>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));

        var last = await GetJson(new Uri(next).PathAndQuery);
        Assert.Equal(4, last.GetProperty("items").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, last.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task A_section_comes_with_ancestors_children_siblings_and_paragraphs()
    {
        var section = await GetJson("/api/v1/sections/lucheng-2021-s3-2");
        Assert.Equal("全面掀起科创引领新热潮", Str(section, "title"));
        Assert.Equal(["lucheng-2021-s3"], section.GetProperty("ancestors").EnumerateArray().Select(a => Str(a, "id")));
        Assert.Equal(["强化创新平台建设", "强化创新主体培育", "强化创新要素保障"], section.GetProperty("children").EnumerateArray().Select(c => Str(c, "title")));
        Assert.Equal("lucheng-2021-s3-1", Str(section.GetProperty("previous"), "id"));
        Assert.Equal("lucheng-2021-s3-3", Str(section.GetProperty("next"), "id"));
        var paragraphs = section.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(4, paragraphs.Count);
        Assert.StartsWith("(二)全面掀起科创引领新热潮。", Str(paragraphs[0], "text"));
        Assert.Equal("lucheng-2021-s3-2-1", Str(paragraphs[1], "sectionId"));
    }

    [Fact]
    public async Task The_first_and_last_siblings_have_no_previous_or_next()
    {
        var first = await GetJson("/api/v1/sections/lucheng-2021-s3-8-1");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.Equal("lucheng-2021-s3", Str(first.GetProperty("ancestors")[0], "id"));
        Assert.Equal("lucheng-2021-s3-8", Str(first.GetProperty("ancestors")[1], "id"));
        var last = await GetJson("/api/v1/sections/lucheng-2021-s3-8-5");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, last.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("level=chapter", "level", "preamble, part, item, subsection, appendix")]
    [InlineData("report=wenzhou-2021", "report", "lucheng-2021")]
    [InlineData("parent=lucheng-2021-s9", "parent", "contents")]
    [InlineData("limit=501", "limit", "1 to 500")]
    [InlineData("limit=abc", "limit", "1 to 500")]
    [InlineData("offset=-1", "offset", "0 to")]
    public async Task Invalid_filters_are_a_400_naming_the_parameter_and_what_is_allowed(string query, string parameter, string allowed)
    {
        var problem = await GetJson($"/api/v1/sections?{query}", 400);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty(parameter).EnumerateArray()).GetString();
        Assert.Contains(allowed, message);
    }
}

/// <summary>A seeds folder that also holds a short report with an attachment and a glossary after its closing words.</summary>
public sealed class AppendixReportFixture : ApiFixture
{
    protected override void PrepareSeeds(string seedsPath) => File.WriteAllText(Path.Combine(seedsPath, "qingtian-2025.txt"), """
        各位代表：
        现在，我向大会报告工作。
        一、2024年工作回顾
        全年地区生产总值增长6%。
        二、2025年工作安排
        （一）办好民生实事。今年将办好十件民生实事。
        各位代表！让我们团结一心，为建设幸福青田而努力奋斗！
        附件：2025年十件民生实事
        一、新建城区学校3所
        二、改造老旧小区12个
        名词解释
        1.新质生产力：以科技创新为主导的先进生产力。
        """);
}

public class AppendixSectionsTests(AppendixReportFixture fixture) : ApiTest(fixture), IClassFixture<AppendixReportFixture>
{
    [Fact]
    public async Task Appendices_are_sections_of_their_own_level_counted_on_the_report_and_listed_in_the_contents()
    {
        var appendices = await GetJson("/api/v1/sections?report=qingtian-2025&level=appendix");
        Assert.Equal(
            ["qingtian-2025-a1 附件 2025年十件民生实事 2", "qingtian-2025-a2 - 名词解释 1"],
            Items(appendices).Select(s => $"{Str(s, "id")} {s.GetProperty("number").GetString() ?? "-"} {Str(s, "title")} {s.GetProperty("paragraphCount").GetInt32()}"));

        var report = await GetJson("/api/v1/reports/qingtian-2025");
        Assert.Equal("""{"parts":2,"items":1,"subsections":0,"appendices":2,"paragraphs":8,"indicators":3,"targets":0}""", report.GetProperty("counts").GetRawText());
        var contents = await GetJson("/api/v1/reports/qingtian-2025/contents");
        Assert.Equal(["preamble", "part", "part", "appendix", "appendix"], contents.GetProperty("sections").EnumerateArray().Select(s => Str(s, "level")));
    }

    [Fact]
    public async Task An_appendix_holds_its_numbered_list_as_paragraphs()
    {
        var attachment = await GetJson("/api/v1/sections/qingtian-2025-a1");
        Assert.Equal(["一、新建城区学校3所", "二、改造老旧小区12个"], attachment.GetProperty("paragraphs").EnumerateArray().Select(p => Str(p, "text")));
        Assert.Empty(attachment.GetProperty("ancestors").EnumerateArray());
    }
}
