namespace LuchengReport.Api.Tests;

/// <summary>A cache budget of a few bytes: nothing fits, so every answer is rendered afresh, and still correct.</summary>
public sealed class TinyCacheFixture : ApiFixture
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Cache:MaxBytes", "100")];
}

public class CacheBudgetTests(TinyCacheFixture fixture) : ApiTest(fixture), IClassFixture<TinyCacheFixture>
{
    [Fact]
    public async Task Past_the_byte_budget_responses_are_served_uncached_with_the_same_etag()
    {
        using var first = await Client.GetAsync("/api/v1/paragraphs?limit=5");
        using var second = await Client.GetAsync("/api/v1/paragraphs?limit=5");
        Assert.Equal(["miss", "miss"], new[] { first, second }.Select(r => r.Headers.GetValues("X-Cache").Single()));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }
}
