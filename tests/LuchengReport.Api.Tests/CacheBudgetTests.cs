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

/// <summary>Room for two entries: a third one starts the cache afresh rather than being refused for good.</summary>
public sealed class TwoEntryCacheFixture : ApiFixture
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Cache:MaxEntries", "2")];
}

public class CacheFlushTests(TwoEntryCacheFixture fixture) : ApiTest(fixture), IClassFixture<TwoEntryCacheFixture>
{
    async Task<string> CacheState(string url)
    {
        using var response = await Client.GetAsync(url);
        return response.Headers.GetValues("X-Cache").Single();
    }

    [Fact]
    public async Task A_full_cache_starts_afresh_so_new_answers_are_still_cached()
    {
        Assert.Equal("miss", await CacheState("/api/v1/sections?limit=1"));
        Assert.Equal("miss", await CacheState("/api/v1/sections?limit=2"));
        Assert.Equal("miss", await CacheState("/api/v1/sections?limit=3")); // full: the cache starts afresh with this one
        Assert.Equal("hit", await CacheState("/api/v1/sections?limit=3"));
        Assert.Equal("miss", await CacheState("/api/v1/sections?limit=1"));
    }
}
