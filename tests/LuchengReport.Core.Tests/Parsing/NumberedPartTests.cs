using LuchengReport.Core.Model;
using static LuchengReport.Core.Tests.Parsing.TinyStructure;

namespace LuchengReport.Core.Tests.Parsing;

/// <summary>Numbered part headings, and the numbered lines that are not part headings.</summary>
public class NumberedPartTests
{
    [Fact]
    public void A_table_of_contents_lists_the_parts_once_and_they_open_where_the_text_repeats_them()
    {
        var report = Parse("""
            目录
            一、过去五年的主要成就
            二、今后五年的奋斗目标
            （一）关于工业生产问题
            （二）关于农业增产问题
            三、为完成规划而奋斗
            各位代表：
            现在，我向大会作关于五年规划的报告。
            一、过去五年的主要成就
            五年来，全县工业总产值翻了一番。
            二、今后五年的奋斗目标
            （一）关于工业生产问题。工业要稳步增长。
            （二）关于农业增产问题。粮食要连年增产。
            三、为完成规划而奋斗
            让我们为完成规划而努力奋斗！
            """);
        Assert.Equal(
            ["t-s1 part 一 过去五年的主要成就", "t-s2 part 二 今后五年的奋斗目标", "t-s2-1 item 一 关于工业生产问题",
             "t-s2-2 item 二 关于农业增产问题", "t-s3 part 三 为完成规划而奋斗"],
            Outline(report).Skip(1));
        Assert.Equal("t-s0", SectionOf(report, "二、今后五年的奋斗目标"));
        Assert.Equal("t-s0", Assert.Single(report.Paragraphs, p => p.Text == "（一）关于工业生产问题").SectionId);
    }

    [Fact]
    public void A_numbering_that_restarts_inside_a_part_is_a_list_and_the_next_part_still_opens()
    {
        var report = Parse("""
            各位代表：
            现在，我向大会报告工作。
            一、过去一年的工作
            全年经济平稳运行。
            二、今年的主要任务
            今年要突出抓好两件大事。
            一、稳定粮食生产
            全县粮食播种面积稳定在50万亩。
            二、扩大有效投资
            完成固定资产投资80亿元。
            三、加强政府自身建设
            我们要建设人民满意的政府。
            """);
        Assert.Equal(["过去一年的工作", "今年的主要任务", "加强政府自身建设"], Titles(report, SectionLevels.Part));
        Assert.Equal("t-s2", SectionOf(report, "全县粮食播种面积"));
    }

    [Fact]
    public void A_numbered_list_after_a_lead_sentence_keeps_its_numbers_even_where_a_part_would_fit()
    {
        var report = Parse("""
            各位代表：
            现在，我向大会报告工作。
            一、过去一年的工作
            全年经济平稳运行。
            二、今年的主要任务
            今年的主要措施是：
            一、稳定经济增长
            二、深化重点改革
            三、持续改善民生
            我们要把各项任务落到实处。
            """);
        Assert.Equal(["过去一年的工作", "今年的主要任务"], Titles(report, SectionLevels.Part));
    }

    [Fact]
    public void Points_of_a_list_that_end_in_a_clause_mark_are_not_parts()
    {
        var report = Parse("""
            各位代表：
            现在，我向大会报告工作。
            一、今年的主要任务
            今年的财政工作要做到以下两点。
            一、保持收支平衡，增加财政后备；
            二、发展城乡物资交流，扩大商品流通；
            各项工作都要落到实处。
            """);
        Assert.Equal(["今年的主要任务"], Titles(report, SectionLevels.Part));
    }

    [Fact]
    public void A_gap_in_the_numbering_still_opens_the_part()
    {
        var report = Parse("各位代表：\n现在，我向大会报告工作。\n一、当前形势\n形势总体向好。\n二、经济方针\n方针保持稳定。\n四、政治局面\n局面安定团结。");
        Assert.Equal(["一", "二", "四"], report.Sections.Where(s => s.Level == SectionLevels.Part).Select(s => s.Number));
    }

    [Fact]
    public void Numerals_alone_on_their_lines_are_untitled_parts()
    {
        var report = Parse("各位代表：\n现在，我向大会报告工作。\n一\n第一部分的正文。\n二\n第二部分的正文。\n三\n第三部分的正文。");
        Assert.Equal(["t-s0 preamble - 各位代表", "t-s1 part 一 ", "t-s2 part 二 ", "t-s3 part 三 "], Outline(report));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Item_numbers_on_title_lines_of_their_own_are_the_parts_of_a_report_without_others()
    {
        var report = Parse("""
            各位代表：
            现在，我向大会报告工作。
            （一）当前的形势和任务
            当前形势总体向好。
            第一、关于工业生产
            工业生产稳步回升。
            （二）今后发展的基本思路
            今后要走高质量发展之路。
            """);
        Assert.Equal(["t-s0 preamble - 各位代表", "t-s1 part 一 当前的形势和任务", "t-s2 part 二 今后发展的基本思路"], Outline(report));
        Assert.Equal("part headings found as \"(一)…\" lines of their own, in a report with no \"一、…\" headings: 当前的形势和任务, 今后发展的基本思路",
            Assert.Single(report.Warnings));
    }

    [Fact]
    public void A_title_wrapped_on_two_lines_is_read_whole()
    {
        var report = Parse("""
            各位代表：
            现在，我向大会报告工作。
            一、过去一年的工作
            全年经济平稳运行。
            二、关于《青田县国民经济和社会发展第十五个
            五年规划纲要（草案）》的说明
            规划纲要草案已印发各位代表。
            """);
        Assert.Equal(["过去一年的工作", "关于《青田县国民经济和社会发展第十五个五年规划纲要（草案）》的说明"], Titles(report, SectionLevels.Part));
        Assert.Equal("t-s2", SectionOf(report, "规划纲要草案"));
        Assert.DoesNotContain(report.Paragraphs, p => p.Text.StartsWith("五年规划纲要", StringComparison.Ordinal));
    }
}
