using LuchengReport.Core.Model;
using static LuchengReport.Core.Tests.Parsing.TinyStructure;

namespace LuchengReport.Core.Tests.Parsing;

/// <summary>What follows the closing words: attachments and glossaries, sections of their own.</summary>
public class AppendixTests
{
    const string WithAppendices = """
        各位代表：
        现在，我向大会报告工作。
        一、2024年工作回顾
        全年地区生产总值增长6%。
        二、2025年工作安排
        （一）办好民生实事。今年将办好十件民生实事，详见附件。
        各位代表！让我们团结一心，为建设幸福青田而努力奋斗！
        附件：2025年十件民生实事
        一、新建城区学校3所
        二、改造老旧小区12个
        三、新增养老床位500张
        名词解释
        1.新质生产力：以科技创新为主导的先进生产力。
        """;

    [Fact]
    public void An_attachment_after_the_closing_words_is_an_appendix_holding_its_list_not_more_parts()
    {
        var report = Parse(WithAppendices);
        Assert.Equal(
            ["t-s0 preamble - 各位代表", "t-s1 part 一 2024年工作回顾", "t-s2 part 二 2025年工作安排", "t-s2-1 item 一 办好民生实事",
             "t-a1 appendix 附件 2025年十件民生实事", "t-a2 appendix - 名词解释"],
            Outline(report));
        Assert.Equal(["t-a1", "t-a1", "t-a1"], new[] { "一、新建", "二、改造", "三、新增" }.Select(o => SectionOf(report, o)));
        Assert.Equal("t-a2", SectionOf(report, "1.新质生产力"));
        Assert.Equal("t-s2", SectionOf(report, "各位代表！让我们"));
    }

    [Fact]
    public void An_appendix_is_a_top_level_section_whose_range_covers_its_paragraphs()
    {
        var report = Parse(WithAppendices);
        var attachment = report.Sections.Single(s => s.Id == "t-a1");
        Assert.Equal((null, 1, 1), (attachment.ParentId, attachment.Depth, attachment.Ordinal));
        var paragraphs = report.Paragraphs.Where(p => p.SectionId == "t-a1").Select(p => p.Ordinal).ToList();
        Assert.Equal((paragraphs[0], paragraphs[^1]), (attachment.FirstParagraph!.Value, attachment.LastParagraph!.Value));
        Assert.Equal("附件：2025年十件民生实事", report.Text[attachment.Start..attachment.End].Split('\n')[0]);
    }

    [Fact]
    public void An_attachment_label_alone_is_titled_by_the_line_that_follows_it()
    {
        var report = Parse("各位代表：\n现在，我向大会报告工作。\n一、今年的主要任务\n今年要办好实事。\n让我们共同奋斗！\n附件1\n青田县2025年民生实事项目\n一、新建公园5个");
        Assert.Equal("t-a1 appendix 附件1 青田县2025年民生实事项目", Outline(report)[^1]);
        Assert.Equal("t-a1", SectionOf(report, "一、新建公园"));
    }

    [Fact]
    public void The_word_attachment_before_the_closing_words_is_a_paragraph()
    {
        var report = Parse("各位代表：\n现在，我向大会报告工作。\n一、今年的主要任务\n今年要办好实事。\n附件\n二、加强政府建设\n我们要建设人民满意的政府。");
        Assert.DoesNotContain(report.Sections, s => s.Level == SectionLevels.Appendix);
        Assert.Equal(["今年的主要任务", "加强政府建设"], Titles(report, SectionLevels.Part));
    }
}
