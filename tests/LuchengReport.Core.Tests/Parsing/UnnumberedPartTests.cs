using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using static LuchengReport.Core.Tests.Parsing.TinyStructure;

namespace LuchengReport.Core.Tests.Parsing;

/// <summary>Part headings whose numerals were lost or never written, found by their shape and place.</summary>
public class UnnumberedPartTests
{
    const string LostNumerals = """
        各位代表：
        现在，我代表县人民政府，向大会报告工作，请予审议。
        2024年工作回顾
        过去一年，全县地区生产总值增长6.1%，经济运行稳中有进。
        一是产业发展提速。新增规上企业35家。
        二是民生保障有力。新增城镇就业4200人。
        各位代表！成绩来之不易，我们也清醒看到困难和挑战。
        2025年工作安排
        今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。
        （一）扩大有效投资。全年完成投资120亿元。
        抓好重大项目。新开工项目20个。
        项目建设年年抓
        优化投资结构。民间投资增长5%。
        （二）持续改善民生。办好十件民生实事。
        各位代表！让我们团结一心，为建设美丽青田而努力奋斗！
        青田县人民政府
        2025年1月10日
        """;

    [Fact]
    public void Title_lines_of_their_own_between_the_address_and_the_body_are_the_parts()
    {
        var report = Parse(LostNumerals);
        Assert.Equal(
            ["t-s0 preamble - 各位代表", "t-s1 part - 2024年工作回顾", "t-s1-1 subsection - 一是产业发展提速", "t-s1-2 subsection - 二是民生保障有力",
             "t-s2 part - 2025年工作安排", "t-s2-1 item 一 扩大有效投资", "t-s2-1-1 subsection - 抓好重大项目", "t-s2-1-2 subsection - 优化投资结构",
             "t-s2-2 item 二 持续改善民生"],
            Outline(report));
        Assert.Equal("t-s1", SectionOf(report, "各位代表！成绩来之不易"));
    }

    [Fact]
    public void Parts_found_by_their_shape_are_named_in_a_warning()
    {
        var warning = Assert.Single(Parse(LostNumerals).Warnings);
        Assert.Equal("part headings found by their shape, without numerals: 2024年工作回顾, 2025年工作安排", warning);
    }

    [Fact]
    public void A_short_line_between_two_items_is_a_line_of_the_item_not_a_part()
    {
        var report = Parse(LostNumerals);
        Assert.DoesNotContain("项目建设年年抓", Titles(report, SectionLevels.Part));
        Assert.Equal("t-s2-1-1", SectionOf(report, "项目建设年年抓"));
    }

    [Fact]
    public void A_signature_and_a_date_after_the_closing_words_are_not_parts()
    {
        var report = Parse(LostNumerals);
        Assert.Equal(["2024年工作回顾", "2025年工作安排"], Titles(report, SectionLevels.Part));
        Assert.Equal(["t-s2", "t-s2"], new[] { "青田县人民政府", "2025年1月10日" }.Select(o => SectionOf(report, o)));
    }

    [Fact]
    public void Short_lines_after_a_lead_sentence_are_a_list_not_parts()
    {
        var filler = string.Join('\n', Enumerable.Range(1, 8).Select(n => $"第{n}段正文写的是全县今年的工作安排。"));
        var report = Parse($"""
            各位代表：
            现在，我代表县人民政府，向大会报告工作。
            今年，我们要坚持以下两条原则：
            稳中求进的工作总基调
            稳是大局，进是方向，两者相互促进。
            以群众满意为根本标准
            发展为了人民，发展依靠人民。
            {filler}
            """);
        Assert.Empty(Titles(report, SectionLevels.Part));
        Assert.StartsWith("no part headings found", Assert.Single(report.Warnings));
    }

    [Fact]
    public void A_lone_title_line_or_title_lines_late_in_the_body_are_not_parts()
    {
        var body = string.Join('\n', Enumerable.Range(1, 12).Select(n => $"第{n}段正文写的是全县今年的工作安排。"));
        var oneTitle = Parse($"各位代表：\n现在，我向大会报告工作。\n2025年工作安排\n{body}");
        var lateTitles = Parse($"各位代表：\n{body}\n过去一年的回顾\n总的看，去年工作成效明显。\n今年的主要任务\n今年要抓好四个方面的工作。");
        Assert.Empty(Titles(oneTitle, SectionLevels.Part));
        Assert.Empty(Titles(lateTitles, SectionLevels.Part));
    }

    [Fact]
    public void Points_of_an_enumeration_on_lines_of_their_own_are_not_parts()
    {
        var filler = string.Join('\n', Enumerable.Range(1, 8).Select(n => $"第{n}段正文写的是全县今年的工作安排。"));
        var report = Parse($"""
            各位代表：
            现在，我向大会报告工作，今年要把握好以下原则。
            一是坚持稳字当头
            稳是大局，进是方向。
            二是坚持改革创新
            改革是动力，创新是引擎。
            第三、关于对外开放
            开放是必由之路。
            {filler}
            """);
        Assert.Empty(Titles(report, SectionLevels.Part));
    }

    [Theory]
    [InlineData("2025年工作安排", true)]
    [InlineData("今后五年的目标、方针和任务", true)]
    [InlineData("“十五五”时期的主要任务", true)]
    [InlineData("各位代表", false)]
    [InlineData("今年,我们要稳中求进", false)]
    [InlineData("二是加快发展现代农业", false)]
    [InlineData("—3—", false)]
    [InlineData("关于二〇二五年全县国民经济和社会发展计划执行情况与二〇二六年计划草案的说明", false)]
    public void A_title_line_is_short_unpunctuated_and_not_numbered_or_addressed(string key, bool isTitle) =>
        Assert.Equal(isTitle, TitleLines.IsUnnumberedTitle(key));

    [Fact]
    public void Unnumbered_titles_around_a_numbered_list_are_the_parts_and_the_list_their_items()
    {
        var report = Parse("""
            各位代表：
            现在，我代表县人民政府，作关于第十五个五年规划的报告。
            十五五规划的基本任务
            规划提出了今后五年的基本任务。
            一、关于经济发展的速度
            五年内全县生产总值年均增长6%。
            二、关于重大项目的安排
            五年内安排重大项目投资500亿元。
            去年规划的执行情况
            去年全县经济运行总体平稳。
            实现规划的主要措施
            我们要在今后五年内全面实现规划目标。
            """);
        Assert.Equal(
            ["t-s0 preamble - 各位代表", "t-s1 part - 十五五规划的基本任务", "t-s1-1 item 一 关于经济发展的速度",
             "t-s1-2 item 二 关于重大项目的安排", "t-s2 part - 去年规划的执行情况", "t-s3 part - 实现规划的主要措施"],
            Outline(report));
        Assert.Equal("t-s1-2", SectionOf(report, "五年内安排重大项目投资"));
    }
}
