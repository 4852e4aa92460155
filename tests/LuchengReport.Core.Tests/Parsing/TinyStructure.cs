using System.Text;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing;

/// <summary>Parses a short report written for a test and lists what the structure parser made of it.</summary>
static class TinyStructure
{
    public static ParsedReport Parse(string text) => ReportParser.Parse("t", "t.txt", Encoding.UTF8.GetBytes(text));

    /// <summary>"t-s1 part 一 过去一年的工作", one line per section in document order ("-" for no number).</summary>
    public static List<string> Outline(ParsedReport report) =>
        report.Sections.Select(s => $"{s.Id} {s.Level} {s.Number ?? "-"} {s.Title}").ToList();

    /// <summary>The section that holds the paragraph opening with <paramref name="opening"/>.</summary>
    public static string SectionOf(ParsedReport report, string opening) =>
        Assert.Single(report.Paragraphs, p => p.Text.StartsWith(opening, StringComparison.Ordinal)).SectionId;

    public static IEnumerable<string> Titles(ParsedReport report, string level) =>
        report.Sections.Where(s => s.Level == level).Select(s => s.Title);
}
