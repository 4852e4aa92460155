using System.Net;
using System.Net.Http.Headers;

namespace LuchengReport.Api.Tests;

/// <summary>What makes the API safe to depend on: caching, conditional requests, CORS, compression, strictness, headers.</summary>
[Collection(ApiCollection.Name)]
public class HttpBehaviourTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_repeated_get_is_answered_from_memory_with_a_strong_etag_and_cache_control()
    {
        const string url = "/api/v1/sections?level=part&limit=17";
        using var first = await Client.GetAsync(url);
        using var second = await Client.GetAsync(url);
        Assert.Equal("miss", first.Headers.GetValues("X-Cache").Single());
        Assert.Equal("hit", second.Headers.GetValues("X-Cache").Single());
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.True(first.Headers.CacheControl.MaxAge > TimeSpan.Zero);
    }

    [Fact]
    public async Task The_cache_key_ignores_parameter_order_and_the_cache_buster()
    {
        using var first = await Client.GetAsync("/api/v1/sections?level=item&limit=13&_=1");
        using var reordered = await Client.GetAsync("/api/v1/sections?limit=13&level=item&_=2");
        Assert.Equal("miss", first.Headers.GetValues("X-Cache").Single());
        Assert.Equal("hit", reordered.Headers.GetValues("X-Cache").Single());
        Assert.Equal(first.Headers.ETag, reordered.Headers.ETag);
        Assert.DoesNotContain("_=", (await GetJson("/api/v1/sections?level=item&limit=13&_=3")).GetProperty("next").GetString());
    }

    [Fact]
    public async Task If_none_match_with_the_current_etag_answers_304_without_a_body()
    {
        using var first = await Client.GetAsync("/api/v1/reports/lucheng-2021");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/lucheng-2021");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Different_representations_have_different_etags()
    {
        using var json = await Client.GetAsync("/api/v1/sections?level=part");
        using var csv = await Client.GetAsync("/api/v1/sections?level=part&format=csv");
        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
    }

    [Fact]
    public async Task Head_answers_the_get_headers_without_a_body()
    {
        using var get = await Client.GetAsync("/api/v1/paragraphs?limit=3");
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/paragraphs?limit=3"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength ?? (await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/v1/indicators?period=2021", 200)]
    [InlineData("/api/v1/indicators?period=1999", 400)]
    [InlineData("/api/v1/indicators/nope", 404)]
    public async Task Any_origin_may_read_success_and_error_responses(string url, int status)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://newsroom.example");
        using var response = await Client.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("Link", exposed);
        Assert.Contains("ETag", exposed);
    }

    [Fact]
    public async Task A_preflight_is_allowed_for_get()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/indicators");
        request.Headers.Add("Origin", "https://app.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        using var response = await Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Json_and_csv_are_compressed_when_the_client_accepts_it(string encoding)
    {
        foreach (var url in new[] { "/api/v1/paragraphs?limit=100", "/api/v1/paragraphs?format=csv" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await Client.SendAsync(request);
            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
            using var plain = await Client.GetAsync(url);
            var compressed = await response.Content.ReadAsByteArrayAsync();
            var expected = await plain.Content.ReadAsByteArrayAsync();
            Assert.True(compressed.Length < expected.Length * 0.8, $"{encoding}: {compressed.Length} of {expected.Length} bytes");
            using var decoder = encoding == "br"
                ? (Stream)new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress)
                : new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
            using var decompressed = new MemoryStream();
            await decoder.CopyToAsync(decompressed);
            Assert.Equal(expected, decompressed.ToArray());
        }
    }

    [Fact]
    public async Task An_unknown_parameter_is_a_400_listing_the_allowed_ones()
    {
        var problem = await GetJson("/api/v1/indicators?perod=2021", 400);
        var message = problem.GetProperty("errors").GetProperty("perod")[0].GetString()!;
        Assert.Contains("period", message);
        Assert.Contains("limit", message);
    }

    [Fact]
    public async Task An_endpoint_without_parameters_says_so() =>
        Assert.Contains("takes no query parameters", (await GetJson("/api/v1/reports/lucheng-2021?x=1", 400)).GetProperty("errors").GetProperty("x")[0].GetString());

    [Fact]
    public async Task A_repeated_parameter_is_a_400() =>
        Assert.Contains("2 times", (await GetJson("/api/v1/sections?level=part&level=item", 400)).GetProperty("errors").GetProperty("level")[0].GetString());

    [Fact]
    public async Task A_bare_cache_buster_is_allowed() => await GetJson("/api/v1/reports/lucheng-2021?_=1700000000");

    [Theory]
    [InlineData("/api/v1/reports")]
    [InlineData("/api/v1/nothing")]
    [InlineData("/swagger/index.html")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }
}
