using System.Net;

namespace LuchengReport.Api.Tests;

/// <summary>One error shape everywhere: RFC 9457 problem+json with status and title, never a stack trace.</summary>
[Collection(ApiCollection.Name)]
public class ErrorShapeTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("GET", "/api/v1/sections?limit=0", 400)]
    [InlineData("GET", "/api/v1/paragraphs?offset=x", 400)]
    [InlineData("GET", "/api/v1/reports?limit=9999", 400)]
    [InlineData("GET", "/api/v1/sections/nope", 404)]
    [InlineData("GET", "/api/v1/paragraphs/nope", 404)]
    [InlineData("GET", "/api/v1/nothing-here", 404)]
    [InlineData("POST", "/api/v1/reports", 405)]
    [InlineData("DELETE", "/api/v1/sections/lucheng-2021-s1", 405)]
    public async Task Every_error_is_problem_json_with_its_status(string method, string url, int status)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task Responses_do_not_announce_the_server()
    {
        using var response = await Client.GetAsync("/healthz");
        Assert.False(response.Headers.Contains("Server"));
    }
}
