using System.Text;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Tests.Projects;

namespace LuchengReport.Core.Tests.Livelihood;

/// <summary>Helpers of the list tests: a tiny plan report, the one statement that lists, verbatim spans.</summary>
internal static class Lists
{
    /// <summary>The record of a plan part made of <paramref name="plan"/>'s paragraphs.</summary>
    internal static LivelihoodRecord Extract(params string[] plan) => LivelihoodExtractor.Extract(TinyReport.Plan(plan))!;

    /// <summary>The one statement that lists items.</summary>
    internal static LivelihoodStatement Listing(LivelihoodRecord r) => Assert.Single(r.Statements, s => s.Items.Count > 0);

    /// <summary>Each item's text is the verbatim span its offsets name, in its paragraph (or heading line).</summary>
    internal static void AssertVerbatim(ParsedReport report, LivelihoodStatement s)
    {
        var paragraphs = report.Paragraphs.ToDictionary(p => p.Id);
        foreach (var item in s.Items.Where(i => i.ParagraphId is not null))
            Assert.Equal(item.Text, paragraphs[item.ParagraphId!].Text[item.Start..item.End]);
    }

    /// <summary>A report the real parser reads: a cover line, a review part, then a plan part made of <paramref name="plan"/>'s lines.</summary>
    internal static ParsedReport Parsed(string plan) => ReportParser.Parse("ruian-2025", "ruian-2025.txt", Encoding.UTF8.GetBytes(
        "政府工作报告\n2025年1月10日在瑞安市第十七届人民代表大会第五次会议上\n各位代表：\n一、2024年工作回顾\n城镇新增就业5000人。\n二、2025年工作安排\n" + plan));
}
