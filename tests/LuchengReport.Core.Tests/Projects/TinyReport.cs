using System.Text;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Tests.Projects;

/// <summary>A small report built in memory: parts with a title and paragraphs, delivered in 瑞安市 in a given year.</summary>
public static class TinyReport
{
    public static ParsedReport Of(int year, params (string Title, string[] Paragraphs)[] parts)
    {
        var text = new StringBuilder();
        var sections = new List<Section>();
        var paragraphs = new List<Paragraph>();
        for (int i = 0; i < parts.Length; i++)
        {
            var (title, body) = parts[i];
            int start = text.Length, first = paragraphs.Count + 1;
            text.Append(title).Append('\n');
            foreach (var p in body)
            {
                paragraphs.Add(new Paragraph($"tiny-p{paragraphs.Count + 1}", $"tiny-s{i + 1}", paragraphs.Count + 1, p, text.Length, text.Length + p.Length));
                text.Append(p).Append('\n');
            }
            sections.Add(new Section($"tiny-s{i + 1}", null, SectionLevels.Part, null, title, i + 1, i + 1, 1, start, text.Length, first, paragraphs.Count));
        }
        var metadata = new ReportMetadata("政府工作报告", null, null, null, null, null, $"{year}-02-20", "温州市瑞安市", "瑞安市", null, null, null, year);
        return new ParsedReport("tiny", "tiny.txt", "", text.ToString(), metadata, sections, paragraphs);
    }

    /// <summary>One paragraph in a part about the report year.</summary>
    public static ParsedReport Plan(params string[] paragraphs) => Of(2022, ("2022年工作安排", paragraphs));
}
