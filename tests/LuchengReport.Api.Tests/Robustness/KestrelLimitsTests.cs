using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LuchengReport.Api.Tests.Robustness;

/// <summary>The API on a real loopback socket, so Kestrel's own limits (which the in-memory server skips) apply.</summary>
public sealed class KestrelFixture : ApiFixture
{
    public KestrelFixture()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("//localhost:", "//127.0.0.1:", StringComparison.Ordinal).Replace("//[::]:", "//127.0.0.1:", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }
}

/// <summary>
/// What only a real socket shows: a long but legitimate URL reaches validation and gets a 400 problem (not a bare
/// 414), and what Kestrel refuses before the app runs (a request line past the configured 64 KB, a NUL or raw
/// non-ASCII byte in the path, headers past 32 KB) is refused with a 4xx while the server goes on serving.
/// </summary>
public sealed class KestrelLimitsTests(KestrelFixture fixture) : IClassFixture<KestrelFixture>
{
    readonly HttpClient _client = new() { BaseAddress = fixture.BaseAddress };

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/indicators", "q")]
    [InlineData("/api/v1/subjects", "q")]
    [InlineData("/api/v1/reports", "perod")]
    public async Task A_45_KB_url_encoded_query_gets_a_400_problem_naming_the_parameter(string path, string parameter)
    {
        var url = $"{path}?{parameter}={HostileInput.Encode(new string('鹿', 5_000))}";
        Assert.InRange(url.Length, 45_000, 46_000);
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
        await AssertServing();
    }

    [Fact]
    public async Task A_request_line_over_64_KB_is_refused_and_the_server_keeps_serving()
    {
        var lines = Enumerable.Range(0, 8).Select(_ => Raw($"GET /api/v1/search?q={new string('a', 70 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        foreach (var status in await Task.WhenAll(lines)) Assert.Equal(414, status);
        await AssertServing();
    }

    [Fact]
    public async Task Headers_over_32_KB_are_refused_and_the_server_keeps_serving()
    {
        Assert.Equal(431, await Raw($"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: {new string('a', 40 * 1024)}\r\n\r\n"));
        await AssertServing();
    }

    /// <summary>
    /// Kestrel answers these itself with a bare 400 before any middleware runs, so they cannot carry problem+json;
    /// what matters is that they are refused and change nothing.
    /// </summary>
    [Theory]
    [InlineData("/api/v1/reports/%00")]
    [InlineData("/api/v1/subjects/a%00b")]
    [InlineData("/api/v1/reports/\u00FF")]
    [InlineData("api/v1/reports")]
    public async Task A_request_line_kestrel_cannot_parse_is_a_400_and_the_server_keeps_serving(string target)
    {
        Assert.Equal(400, await Raw($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", Encoding.Latin1));
        await AssertServing();
    }

    [Theory]
    [InlineData("/api/v1/../../../etc/passwd")]
    [InlineData("/api/v1/reports/%2e%2e%2f%2e%2e%2fhealthz")]
    [InlineData("/api/v1/downloads/..%2f..%2flucheng.db")]
    [InlineData("/api/v1/downloads/%2e%2e%2flucheng.db")]
    [InlineData("/api/v1/reports/%FF%FE")]
    [InlineData("/api/v1/reports/\u0001%01")]
    public async Task Traversal_invalid_utf8_and_control_characters_in_the_path_reach_no_file_and_get_a_404_problem(string target)
    {
        var (status, head, body) = await RawResponse($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", Encoding.Latin1);
        Assert.Equal(404, status);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
    }

    async Task AssertServing()
    {
        using var health = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    async Task<int> Raw(string request, Encoding? encoding = null) => (await RawResponse(request, encoding)).Status;

    /// <summary>Sends bytes exactly as given (no client tidies them) and reads the answer until the server closes.</summary>
    async Task<(int Status, string Head, string Body)> RawResponse(string request, Encoding? encoding = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.BaseAddress.Host, fixture.BaseAddress.Port);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync((encoding ?? Encoding.ASCII).GetBytes(request));
        }
        catch (IOException)
        {
            // Kestrel may answer and close before reading all of an oversized request; the answer is still there.
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, n);
                if (IsComplete(received.ToArray())) break;
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the answer: the server refused the rest of the request.
        }
        var text = Encoding.UTF8.GetString(received.ToArray());
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && headEnd > 0, $"no HTTP answer: '{text}'");
        return (int.Parse(text.AsSpan(9, 3)), text[..headEnd], text[(headEnd + 4)..]);
    }

    /// <summary>A whole answer: headers and Content-Length bytes of body (every answer here has a length or none).</summary>
    static bool IsComplete(byte[] received)
    {
        var text = Encoding.Latin1.GetString(received);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0) return false;
        var length = text[..headEnd].Split("\r\n").Select(h => h.Split(':', 2)).Where(h => h.Length == 2 && h[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(h => int.Parse(h[1].Trim())).FirstOrDefault();
        return received.Length >= headEnd + 4 + length;
    }
}
