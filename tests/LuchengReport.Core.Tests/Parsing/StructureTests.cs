using System.Text;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing;

public class StructureTests
{
    static ParsedReport Report => RealSeed.Report;
    static IEnumerable<Section> Level(ParsedReport r, string level) => r.Sections.Where(s => s.Level == level);

    [Fact]
    public void The_report_has_three_parts_with_eight_six_and_eight_items_and_24_subsections_in_part_three()
    {
        Assert.Equal(["一", "二", "三"], Level(Report, SectionLevels.Part).Select(p => p.Number));
        Assert.Equal([8, 6, 8], Level(Report, SectionLevels.Part).Select(p => Report.Sections.Count(s => s.ParentId == p.Id)));
        var subsections = Level(Report, SectionLevels.Subsection).ToList();
        Assert.Equal(24, subsections.Count);
        Assert.All(subsections, s => Assert.StartsWith("lucheng-2021-s3-", s.Id));
    }

    [Fact]
    public void Titles_are_the_lead_sentence_without_the_number_as_published()
    {
        var titles = Report.Sections.ToDictionary(s => s.Id, s => s.Title);
        Assert.Equal("2020年主要工作和“十三五”发展回顾", titles["lucheng-2021-s1"]);
        Assert.Equal("疫情防控取得阶段性胜利", titles["lucheng-2021-s1-1"]);
        Assert.Equal("统筹抓好服务水平和保障能力双建设", titles["lucheng-2021-s2-6"]);
        Assert.Equal("强化创新平台建设", titles["lucheng-2021-s3-2-1"]);
        Assert.Equal("持续擦亮“学在鹿城”品牌", titles["lucheng-2021-s3-7-1"]);
        Assert.Equal("持续强化廉洁意识", titles["lucheng-2021-s3-8-5"]);
    }

    [Fact]
    public void Every_body_line_is_a_paragraph_exactly_once_in_order()
    {
        var bodyLines = RealSeed.Text.Split('\n').Select(l => l.Trim()).SkipWhile(l => l != "各位代表:")
            .Where(l => l.Length > 0 && !Headings.Part().IsMatch(l) && !Furniture.IsFurniture(SourceLine.Split(l)[0])).ToList();
        Assert.Equal(bodyLines, Report.Paragraphs.Select(p => p.Text));
        Assert.Equal(Enumerable.Range(1, Report.Paragraphs.Count), Report.Paragraphs.Select(p => p.Ordinal));
    }

    [Fact]
    public void Each_paragraph_is_a_verbatim_span_of_the_report_text() =>
        Assert.All(Report.Paragraphs, p => Assert.Equal(p.Text, Report.Text[p.Start..p.End]));

    [Theory]
    [InlineData("各位代表:", "lucheng-2021-s0")]
    [InlineData("现在,我代表区人民政府向大会报告工作", "lucheng-2021-s0")]
    [InlineData("2020年是鹿城改革发展极不平凡的一年", "lucheng-2021-s1")]
    [InlineData("(八)政府效能得到系统性提升", "lucheng-2021-s1-8")]
    [InlineData("各位代表,2020年主要目标任务的完成", "lucheng-2021-s1")]
    [InlineData("过去五年,是经济实力持续增强的五年", "lucheng-2021-s1")]
    [InlineData("“十四五”时期,是我国开启", "lucheng-2021-s2")]
    [InlineData("(二)全面掀起科创引领新热潮", "lucheng-2021-s3-2")]
    [InlineData("强化创新主体培育。", "lucheng-2021-s3-2-2")]
    [InlineData("各位代表,按照群众提、大家定、政府办的理念", "lucheng-2021-s3-7")]
    [InlineData("各位代表!蓝图已绘就", "lucheng-2021-s3")]
    public void Paragraphs_sit_under_the_right_section(string opening, string sectionId) =>
        Assert.Equal(sectionId, Assert.Single(Report.Paragraphs, p => p.Text.StartsWith(opening, StringComparison.Ordinal)).SectionId);

    [Fact]
    public void A_sections_paragraph_range_covers_exactly_its_subtree()
    {
        foreach (var section in Report.Sections)
        {
            var inSubtree = Report.Paragraphs.Where(p => IsWithin(p.SectionId, section.Id)).Select(p => p.Ordinal).ToList();
            Assert.Equal(inSubtree.FirstOrDefault(), section.FirstParagraph ?? 0);
            Assert.Equal(inSubtree.LastOrDefault(), section.LastParagraph ?? 0);
            Assert.Equal(inSubtree.Count, (section.LastParagraph - section.FirstParagraph + 1) ?? 0);
        }

        bool IsWithin(string? id, string ancestor)
        {
            for (; id is not null; id = Report.Sections.Single(s => s.Id == id).ParentId) if (id == ancestor) return true;
            return false;
        }
    }

    [Fact]
    public void A_full_width_indented_crlf_variant_has_the_same_structure_and_titles()
    {
        var variant = ReportParser.Parse("lucheng-2021", "v.txt", Encoding.UTF8.GetBytes(RealSeed.FullWidthIndentedCrlf(RealSeed.Text)));
        Assert.Equal(Report.Sections.Select(s => (s.Id, s.Level, s.Number)), variant.Sections.Select(s => (s.Id, s.Level, s.Number)));
        Assert.Equal(Report.Sections.Select(s => s.Title.Replace('(', '（').Replace(')', '）')), variant.Sections.Select(s => s.Title));
        Assert.Equal(Report.Paragraphs.Select(p => p.SectionId), variant.Paragraphs.Select(p => p.SectionId));
        Assert.All(variant.Paragraphs, p => Assert.Equal(p.Text, variant.Text[p.Start..p.End]));
        Assert.Equal(Report.Metadata, variant.Metadata);
    }

    [Fact]
    public void The_same_rules_structure_a_report_they_have_never_seen()
    {
        const string text = """
            各位代表：
            现在，我向大会报告。
            一、过去一年的工作
            （一）经济稳中向好。全年增长5%。
            （二）民生持续改善。新增学位1000个。
            各位代表，成绩来之不易。
            二、今年的主要任务
            （一）推动产业升级。坚持创新。
            做强先进制造业。新增企业10家。
            培育现代服务业。增长8%。
            （二）办好民生实事。我们将尽力。
            """;
        var report = ReportParser.Parse("test", "t.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal(
            ["test-s0 preamble 各位代表", "test-s1 part 过去一年的工作", "test-s1-1 item 经济稳中向好", "test-s1-2 item 民生持续改善",
             "test-s2 part 今年的主要任务", "test-s2-1 item 推动产业升级", "test-s2-1-1 subsection 做强先进制造业",
             "test-s2-1-2 subsection 培育现代服务业", "test-s2-2 item 办好民生实事"],
            report.Sections.Select(s => $"{s.Id} {s.Level} {s.Title}"));
        Assert.Equal("test-s1", report.Paragraphs.Single(p => p.Text.StartsWith("各位代表，成绩")).SectionId);
    }

    [Fact]
    public void Lead_sentences_open_subsections_in_a_part_without_items_but_not_before_a_parts_first_item()
    {
        var report = ReportParser.Parse("test", "t.txt", Encoding.UTF8.GetBytes("""
            各位代表：
            现在，我向大会报告。
            一、过去一年的工作
            稳住经济大盘。全年增长5%。
            守牢安全底线。未发生重大事故。
            各位代表，成绩来之不易。
            二、今年的主要任务
            突出工作重点。今年要抓好三件事。
            （一）推动产业升级。坚持创新。
            """));
        Assert.Equal(
            ["test-s0 preamble 各位代表", "test-s1 part 过去一年的工作", "test-s1-1 subsection 稳住经济大盘", "test-s1-2 subsection 守牢安全底线",
             "test-s2 part 今年的主要任务", "test-s2-1 item 推动产业升级"],
            report.Sections.Select(s => $"{s.Id} {s.Level} {s.Title}"));
        Assert.Equal(2, report.Sections.Single(s => s.Id == "test-s1-1").Depth);
        Assert.Equal("test-s1", report.Paragraphs.Single(p => p.Text.StartsWith("各位代表，成绩")).SectionId);
        Assert.Equal("test-s2", report.Paragraphs.Single(p => p.Text.StartsWith("突出工作重点")).SectionId);
    }

    [Fact]
    public void Text_without_part_headings_keeps_every_paragraph_in_order_and_says_so_in_a_warning()
    {
        var report = ReportParser.Parse("x", "seeds/x.txt", Encoding.UTF8.GetBytes("这是一段没有结构的文字。\n还有一段。"));
        Assert.Equal(["这是一段没有结构的文字。", "还有一段。"], report.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(report.Sections, s => s.Level == SectionLevels.Part);
        Assert.StartsWith("no part headings found", Assert.Single(report.Warnings));
    }

    [Fact]
    public void A_report_with_parts_has_no_warning() => Assert.Empty(Report.Warnings);
}
