namespace LuchengReport.Api.Tests;

/// <summary>Paging behaves the same on every collection: pages add up to the whole list, and the total is always told.</summary>
[Collection(ApiCollection.Name)]
public class PagingTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string> Collections => ["/api/v1/indicators", "/api/v1/paragraphs", "/api/v1/projects", "/api/v1/subjects"];

    [Theory, MemberData(nameof(Collections))]
    public async Task Pages_of_seven_add_up_to_the_whole_list_in_order(string collection)
    {
        var whole = await GetJson($"{collection}?limit=500");
        int total = whole.GetProperty("total").GetInt32();
        var expected = Items(whole).Select(i => i.GetRawText()).ToList();
        Assert.Equal(total, expected.Count);

        var paged = new List<string>();
        for (int offset = 0; offset < total; offset += 7)
        {
            var page = await GetJson($"{collection}?limit=7&offset={offset}");
            Assert.Equal(total, page.GetProperty("total").GetInt32());
            paged.AddRange(Items(page).Select(i => i.GetRawText()));
        }
        Assert.Equal(expected, paged);
    }

    [Theory, MemberData(nameof(Collections))]
    public async Task A_page_past_the_end_is_empty_and_still_tells_the_total(string collection)
    {
        int total = (await GetJson($"{collection}?limit=1")).GetProperty("total").GetInt32();
        var past = await GetJson($"{collection}?offset={total + 100}");
        Assert.Empty(Items(past));
        Assert.Equal(total, past.GetProperty("total").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, past.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_has_a_total_of_zero()
    {
        var page = await GetJson("/api/v1/indicators?minValue=1e15");
        Assert.Empty(Items(page));
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }
}
