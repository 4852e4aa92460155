using System.Net;

namespace LuchengReport.Api.Tests.Robustness;

/// <summary>Two ways an in-memory response cache could answer a request with another request's response (both found by fuzzing, both fixed).</summary>
[Collection(ApiCollection.Name)]
public sealed class ResponseCacheKeyTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_repeated_parameter_is_a_400_even_after_the_same_values_joined_by_a_comma_were_cached()
    {
        await GetJson($"/api/v1/subjects?q={HostileInput.Encode("产值,总值")}");
        var problem = await GetJson($"/api/v1/subjects?q={HostileInput.Encode("产值")}&q={HostileInput.Encode("总值")}", 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task A_client_that_refuses_brotli_is_never_sent_a_brotli_body_from_the_cache()
    {
        using var accepts = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sections?limit=7") { Headers = { { "Accept-Encoding", "br, gzip" } } };
        using (var first = await Client.SendAsync(accepts)) Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var refuses = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sections?limit=7") { Headers = { { "Accept-Encoding", "br;q=0, gzip" } } };
        using var second = await Client.SendAsync(refuses);
        Assert.DoesNotContain("br", second.Content.Headers.ContentEncoding);
    }
}
