using System.Text;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests;

/// <summary>The project's own copy of the report (copied next to the tests at build time), and variants of it.</summary>
public static class RealSeed
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "lucheng-2021.txt");
    public static byte[] Bytes => File.ReadAllBytes(Path);
    public static string Text => Encoding.UTF8.GetString(Bytes);

    static readonly Lazy<ParsedReport> Parsed = new(() => ReportParser.Parse("lucheng-2021", Path, Bytes));
    public static ParsedReport Report => Parsed.Value;

    /// <summary>The report's paragraphs as the extraction rules read them (folded).</summary>
    public static IEnumerable<string> FoldedParagraphs => Report.Paragraphs.Select(p => LuchengReport.Core.Reading.FoldedText.Fold(p.Text).Text);

    /// <summary>The report as another site might publish it: full-width punctuation, indented paragraphs, CRLF.</summary>
    public static string FullWidthIndentedCrlf(string text) => string.Join("\r\n", text.Split('\n').Select(line =>
        (line.Length > 0 ? "\u3000\u3000" : "") + line.Replace(',', '，').Replace(':', '：').Replace('(', '（').Replace(')', '）').Replace('!', '！')));

    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }
}
