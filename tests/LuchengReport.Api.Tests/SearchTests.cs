namespace LuchengReport.Api.Tests;

/// <summary>Search in Chinese of every length, ranked, and safe whatever the query holds.</summary>
[Collection(ApiCollection.Name)]
public class SearchTests(ApiFixture fixture) : ApiTest(fixture)
{
    static string Q(string q) => Uri.EscapeDataString(q);

    [Theory]
    [InlineData("岛")]
    [InlineData("教育")]
    [InlineData("七都")]
    [InlineData("温州国际未来科技岛")]
    public async Task Queries_of_one_two_and_many_characters_find_paragraphs_with_marked_snippets(string q)
    {
        var page = await GetJson($"/api/v1/search?q={Q(q)}&type=paragraph&limit=500");
        var hits = Items(page).ToList();
        var paragraphs = Items(await GetJson("/api/v1/paragraphs?limit=500")).Where(p => Str(p, "text").Contains(q)).Select(p => Str(p, "id")).ToHashSet();
        Assert.NotEmpty(paragraphs);
        Assert.Equal(paragraphs, hits.Select(h => Str(h, "id")).ToHashSet());
        Assert.All(hits, h =>
        {
            Assert.Contains($"<mark>{q}</mark>", Str(h, "snippet"));
            Assert.Equal(q.Length, h.GetProperty("matchEnd").GetInt32() - h.GetProperty("matchStart").GetInt32());
        });
    }

    [Fact]
    public async Task The_match_offsets_point_into_the_paragraph_text()
    {
        var hit = Items(await GetJson($"/api/v1/search?q={Q("七都大桥")}&type=paragraph")).First();
        var text = Str(await GetJson($"/api/v1/paragraphs/{Str(hit, "id")}"), "text");
        Assert.Equal("七都大桥", text[hit.GetProperty("matchStart").GetInt32()..hit.GetProperty("matchEnd").GetInt32()]);
    }

    [Fact]
    public async Task An_exact_title_comes_before_paragraphs_that_mention_it()
    {
        var hits = Items(await GetJson($"/api/v1/search?q={Q("强化创新平台建设")}")).ToList();
        Assert.Equal(("section", "lucheng-2021-s3-2-1"), (Str(hits[0], "type"), Str(hits[0], "id")));
        Assert.Contains(hits, h => Str(h, "type") == "paragraph");
    }

    [Theory]
    [InlineData("pm", "PM")]
    [InlineData("aa", "AA")]
    [InlineData("Aa", "AA")]
    public async Task Latin_letters_match_in_either_case_and_the_snippet_keeps_the_texts_case(string q, string written)
    {
        var hits = Items(await GetJson($"/api/v1/search?q={Q(q)}&type=paragraph")).ToList();
        var expected = Items(await GetJson($"/api/v1/search?q={Q(written)}&type=paragraph")).Select(h => Str(h, "id")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, hits.Select(h => Str(h, "id")));
        Assert.All(hits, h => Assert.Contains($"<mark>{written}</mark>", Str(h, "snippet")));
    }

    [Fact]
    public async Task Indicator_subjects_are_searchable() =>
        Assert.Contains(Items(await GetJson($"/api/v1/search?q={Q("地区生产总值")}&type=indicator")), h => Str(h, "title") == "地区生产总值");

    [Theory]
    [InlineData("\"")]
    [InlineData("七都\" OR \"教育")]
    [InlineData("岛*")]
    [InlineData("NEAR(七都 教育)")]
    [InlineData("text:七都")]
    [InlineData("'; DROP TABLE paragraphs; --")]
    [InlineData("😀")]
    [InlineData("\u202Eevil")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Hostile_queries_are_matched_literally_not_interpreted(string q)
    {
        var page = await GetJson($"/api/v1/search?q={Q(q)}");
        Assert.All(Items(page), h => Assert.Contains(q, Str(h, "snippet").Replace("<mark>", "").Replace("</mark>", "")));
        Assert.Equal(62, (await GetJson("/api/v1/paragraphs")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_5000_character_query_is_a_400_naming_q() =>
        Assert.True((await GetJson($"/api/v1/search?q={Q(new string('岛', 5000))}", 400)).GetProperty("errors").TryGetProperty("q", out _));

    [Fact]
    public async Task A_101_character_query_is_a_400_and_100_is_fine()
    {
        await GetJson($"/api/v1/search?q={Q(new string('x', 101))}", 400);
        await GetJson($"/api/v1/search?q={Q(new string('x', 100))}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%20%20")]
    [InlineData("q=岛&type=chapter")]
    public async Task A_missing_blank_or_invalid_search_is_a_400(string query) => await GetJson($"/api/v1/search?{query}", 400);

    [Fact]
    public async Task Search_results_export_as_csv()
    {
        var csv = await Client.GetStringAsync($"/api/v1/search?q={Q("七都")}&format=csv");
        Assert.StartsWith("type,id,reportId,sectionId,title,field,snippet,matchStart,matchEnd\r\n", csv);
    }
}
