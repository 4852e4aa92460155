namespace LuchengReport.Api.Http;

/// <summary>JSON is the default; CSV is asked for with <c>?format=csv</c> or <c>Accept: text/csv</c>.</summary>
public static class Formats
{
    public const string Json = "json";
    public const string Csv = "csv";
    public static readonly IReadOnlyList<string> All = [Json, Csv];
    public static readonly IReadOnlyList<string> Flags = ["0", "1", "false", "true"];

    public static bool WantsCsv(HttpRequest request)
    {
        var format = request.Query["format"].ToString();
        if (format.Length > 0) return string.Equals(format, Csv, StringComparison.OrdinalIgnoreCase);
        return request.Headers.Accept.Any(a => a is not null && a.Contains("text/csv", StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsOn(string? flag) => flag is "1" or "true";
}
