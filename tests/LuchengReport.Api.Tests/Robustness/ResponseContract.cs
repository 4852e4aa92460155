using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LuchengReport.Api.Tests.Robustness;

/// <summary>
/// What every answer to every request must be, whatever was asked: a success in a documented representation
/// (JSON that parses, CSV, the report's text, the SQLite file, Swagger UI's page), a redirect that says where to, or
/// a 4xx problem+json whose status is the response's. Never a 5xx, and nothing that shows the inside of the server.
/// </summary>
public static partial class ResponseContract
{
    /// <summary>Stack frames, exception type names, source lines, SQLite's own messages, library namespaces.</summary>
    [GeneratedRegex(@"\bat [\w.`<>\[\]]+\.[\w<>`]+\(|\w+Exception\b|\.cs:line \d+|SQLite Error|Microsoft\.(Data|AspNetCore)\.|\bDapper\b|\bSystem\.[A-Z]\w+\.", RegexOptions.CultureInvariant)]
    private static partial Regex Internals();

    static readonly string[] SuccessTypes = ["application/json", "text/csv", "text/plain", "application/vnd.sqlite3", "text/html"];

    /// <summary>Throws, naming the request, when the response breaks the contract.</summary>
    public static async Task Check(string method, string url, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        var problem = Violation(method, response, body);
        if (problem is not null)
            throw new Xunit.Sdk.XunitException($"{method} {url} -> {(int)response.StatusCode}: {problem}\n{Preview(body)}");
    }

    static string? Violation(string method, HttpResponseMessage response, byte[] body)
    {
        int status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var text = Encoding.UTF8.GetString(body);
        bool head = method == "HEAD";

        if (status >= 500) return "a server error";
        if (Internals().Match(text) is { Success: true } leak) return $"the body shows the server's internals ('{leak.Value}')";
        if (response.Headers.Contains("Server") || response.Headers.Contains("X-Powered-By")) return "the server announces itself";

        if (status is >= 300 and < 400)
            return status == 304 || response.Headers.Location is not null ? null : "a redirect without a Location";

        if (status >= 400)
        {
            if (mediaType != "application/problem+json") return $"a {status} that is {Describe(response.Content.Headers.ContentType)}, not application/problem+json";
            if (head) return null;
            return ParseJson(text) is not { } json ? "a problem body that is not JSON"
                : !json.TryGetProperty("status", out var s) || s.GetInt32() != status ? "a problem whose status is not the response's"
                : !json.TryGetProperty("title", out var t) || string.IsNullOrWhiteSpace(t.GetString()) ? "a problem without a title"
                : null;
        }

        if (mediaType is null || !SuccessTypes.Contains(mediaType)) return $"a success that is {Describe(response.Content.Headers.ContentType)}";
        if (head) return body.Length == 0 ? null : "a HEAD answer with a body";
        return mediaType switch
        {
            "application/json" => ParseJson(text) is null ? "a success whose JSON does not parse" : null,
            "application/vnd.sqlite3" => body.AsSpan().StartsWith("SQLite format 3\0"u8) ? null : "a download that is not a SQLite file",
            "text/csv" => text.TrimStart('\uFEFF').Contains("\r\n", StringComparison.Ordinal) ? null : "CSV without a header row",
            _ => text.Length > 0 ? null : "an empty success",
        };
    }

    static JsonElement? ParseJson(string text)
    {
        try { return JsonDocument.Parse(text).RootElement.Clone(); }
        catch (JsonException) { return null; }
    }

    static string Describe(MediaTypeHeaderValue? type) => type is null ? "without a Content-Type" : type.ToString();

    static string Preview(byte[] body) => body.Length == 0 ? "(no body)" : Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 600));
}
