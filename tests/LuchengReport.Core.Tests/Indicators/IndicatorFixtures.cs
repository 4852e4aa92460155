using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>One hand-labelled fact: the line of the seed holding its paragraph and a verbatim quote around it.</summary>
public sealed record LabelledFact(
    int Line, string Quote, string Subject, decimal Value, string Unit, string Measure, string Kind, string Period,
    string Comparator, string? Qualifier, string? Direction, string Tier);

/// <summary>The project's own seed, the labels kept beside these tests, and variants of the seed as other sites publish it.</summary>
public static class IndicatorFixtures
{
    static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "seeds", "lucheng-2021.txt");
    public static byte[] SeedBytes => File.ReadAllBytes(SeedPath);
    public static string SeedText => Encoding.UTF8.GetString(SeedBytes);

    static readonly Lazy<ParsedReport> Parsed = new(() => Parse(SeedBytes));
    public static ParsedReport Report => Parsed.Value;

    static readonly Lazy<IReadOnlyList<Indicator>> Extracted = new(() => IndicatorExtractor.Extract(Report));
    public static IReadOnlyList<Indicator> Indicators => Extracted.Value;

    public static ParsedReport Parse(byte[] bytes) => ReportParser.Parse("lucheng-2021", "lucheng-2021.txt", bytes);

    /// <summary>Our labels of every fact of the seed (lucheng-2021.indicators.jsonl).</summary>
    public static IReadOnlyList<LabelledFact> Labels => Read("lucheng-2021.indicators.jsonl");

    /// <summary>The 28 examples handed out with the issue (indicators.sample.jsonl, copied here).</summary>
    public static IReadOnlyList<LabelledFact> Samples => Read("indicators.sample.jsonl");

    /// <summary>The paragraph a labelled line holds.</summary>
    public static Paragraph ParagraphAtLine(ParsedReport report, int line) =>
        report.Paragraphs.Single(p => LineOf(report, p) == line);

    public static int LineOf(ParsedReport report, Paragraph p) => report.Text.AsSpan(0, p.Start).Count('\n') + 1;

    /// <summary>Full-width , : ( ), CRLF line ends, GB18030 bytes.</summary>
    public static byte[] FullWidthCrlfGb18030(string text)
    {
        var wide = text.Replace(',', '，').Replace(':', '：').Replace('(', '（').Replace(')', '）').Replace("\n", "\r\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(wide);
    }

    /// <summary>UTF-8 with a byte-order mark and CRLF line ends.</summary>
    public static byte[] BomCrlf(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))];

    static IReadOnlyList<LabelledFact> Read(string name) =>
        File.ReadLines(DataFile(name)).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<LabelledFact>(l, Json)!).ToList();

    /// <summary>
    /// The data file next to the build output when the project copies it there, else beside this source file (the
    /// tests run from a checkout), else found by walking up from the output folder.
    /// </summary>
    static string DataFile(string name, [CallerFilePath] string source = "")
    {
        var candidates = new List<string> { Path.Combine(AppContext.BaseDirectory, "Indicators", name), Path.Combine(AppContext.BaseDirectory, name) };
        if (Path.GetDirectoryName(source) is { Length: > 0 } dir) candidates.Add(Path.Combine(dir, name));
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            candidates.Add(Path.Combine(d.FullName, "tests", "LuchengReport.Core.Tests", "Indicators", name));
        return candidates.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException($"test data {name} not found", name);
    }
}
