using System.Net;

namespace LuchengReport.Api.Tests;

/// <summary>A fixture of its own with a budget of three requests a minute per client.</summary>
public sealed class TightRateLimitFixture : ApiFixture
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("RateLimit:Enabled", "true"), ("RateLimit:PermitsPerMinute", "3")];
}

public class RateLimitTests(TightRateLimitFixture fixture) : IClassFixture<TightRateLimitFixture>
{
    [Fact]
    public async Task Past_the_budget_a_client_gets_a_429_problem_with_retry_after()
    {
        using var client = fixture.CreateClient();
        for (int i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("Origin", "https://app.example");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("429", await response.Content.ReadAsStringAsync());
    }
}
