namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class ParagraphsApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task All_paragraphs_in_document_order_page_by_page()
    {
        var page = await GetJson("/api/v1/paragraphs?limit=500");
        Assert.Equal(62, page.GetProperty("total").GetInt32());
        Assert.Equal(Enumerable.Range(1, 62), Items(page).Select(p => p.GetProperty("ordinal").GetInt32()));
        Assert.Equal("各位代表:", Str(Items(page).First(), "text"));
        Assert.Equal(50, Items(await GetJson("/api/v1/paragraphs")).Count());
    }

    [Fact]
    public async Task A_section_filter_includes_its_descendants()
    {
        var page = await GetJson("/api/v1/paragraphs?section=lucheng-2021-s3-7");
        Assert.Equal(
            ["lucheng-2021-s3-7", "lucheng-2021-s3-7-1", "lucheng-2021-s3-7-2", "lucheng-2021-s3-7-3", "lucheng-2021-s3-7-4", "lucheng-2021-s3-7"],
            Items(page).Select(p => Str(p, "sectionId")));
        Assert.Equal(35, (await GetJson("/api/v1/paragraphs?section=lucheng-2021-s3")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_paragraph_comes_with_its_breadcrumb_and_neighbours()
    {
        var paragraph = await GetJson("/api/v1/paragraphs/lucheng-2021-p31");
        Assert.StartsWith("强化创新平台建设。", Str(paragraph, "text"));
        Assert.Equal(["lucheng-2021-s3", "lucheng-2021-s3-2", "lucheng-2021-s3-2-1"],
            paragraph.GetProperty("breadcrumb").EnumerateArray().Select(b => Str(b, "id")));
        Assert.Equal(("lucheng-2021-p30", "lucheng-2021-p32"), (Str(paragraph, "previousId"), Str(paragraph, "nextId")));
    }

    [Fact]
    public async Task The_first_paragraph_has_no_previous() =>
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await GetJson("/api/v1/paragraphs/lucheng-2021-p1")).GetProperty("previousId").ValueKind);

    [Fact]
    public async Task An_unknown_section_filter_is_a_400() =>
        Assert.True((await GetJson("/api/v1/paragraphs?section=nope", 400)).GetProperty("errors").TryGetProperty("section", out _));

    [Fact]
    public async Task An_unknown_paragraph_is_a_404() =>
        Assert.Equal("Paragraph not found", Str(await GetJson("/api/v1/paragraphs/lucheng-2021-p999", 404), "title"));
}
