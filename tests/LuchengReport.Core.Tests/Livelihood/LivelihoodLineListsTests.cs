using System.Text;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Tests.Projects;

namespace LuchengReport.Core.Tests.Livelihood;

/// <summary>Projects a report lists one a line after a statement: numbered lines, appendices, never the report's own parts.</summary>
public class LivelihoodLineListsTests
{
    [Fact]
    public void A_numbered_list_one_item_a_line_after_the_statement()
    {
        var report = TinyReport.Plan("我们继续谋划实施好三方面民生实事。", "1.医疗卫生方面。为老年人免费接种流感疫苗。", "2.养老帮困方面。新增护理员800人。",
            "3.交通出行方面。新建充电桩2000个。", "以上民生实事，我们将定点定责、精心组织。");
        var r = LivelihoodExtractor.Extract(report)!;
        var s = Lists.Listing(r);
        Assert.Equal(["医疗卫生方面", "养老帮困方面", "交通出行方面"], s.Items.Select(i => i.Title));
        Assert.Equal(["tiny-p2", "tiny-p3", "tiny-p4"], s.Items.Select(i => i.ParagraphId));
        Assert.Equal("医疗卫生方面。为老年人免费接种流感疫苗", s.Items[0].Text);
        Assert.Equal(2, r.Statements.Count);
        Assert.Equal("tiny-p1", r.SourceParagraphId);
        Lists.AssertVerbatim(report, s);
    }

    [Fact]
    public void A_whole_list_in_the_next_paragraph_is_split_into_its_items()
    {
        var s = Lists.Listing(Lists.Extract("今年办好三件民生实事。", "一是新建社区食堂10个；二是为1万名学生免费体检；三是新增公交线路5条。", "城镇新增就业5000人。"));
        Assert.Equal(["新建社区食堂10个", "为1万名学生免费体检", "新增公交线路5条"], s.Items.Select(i => i.Text));
        Assert.All(s.Items, i => Assert.Equal("tiny-p2", i.ParagraphId));
    }

    static readonly string[] Appendix =
        ["一、稳定和扩大就业", "年度目标：城镇新增就业5000人以上。", "二、关爱一老一小", "年度目标：新建托育机构3家。", "三、改善出行条件", "年度目标：新开公交线路5条。"];

    [Fact]
    public void An_appendix_list_read_as_paragraphs_gives_each_item_its_annual_target()
    {
        var report = TinyReport.Of(2025, ("2025年工作安排", ["今年办好3件惠民实事（见附件）。", "让我们团结奋斗！", "附件", "2025年3件惠民实事", .. Appendix]));
        var s = Lists.Listing(LivelihoodExtractor.Extract(report)!);
        Assert.Equal(["稳定和扩大就业", "关爱一老一小", "改善出行条件"], s.Items.Select(i => i.Title));
        Assert.Equal(["城镇新增就业5000人以上", "新建托育机构3家", "新开公交线路5条"], s.Items.Select(i => i.AnnualTarget!.Text));
        Assert.Equal(["tiny-p6", "tiny-p8", "tiny-p10"], s.Items.Select(i => i.AnnualTarget!.ParagraphId));
        Assert.Equal(["一、", "二、", "三、"], s.Items.Select(i => i.Marker));
        Assert.Equal(["tiny-p6"], s.Items[0].MoreParagraphIds);
        Assert.Equal(("2025", StatementStatus.Planned, true), (s.Period, s.Status, s.ListComplete));
    }

    [Fact]
    public void An_appendix_list_read_as_part_headings_is_still_a_list()
    {
        // A parser that knows no appendix makes each "一、…" a part: its line is a heading, its target a paragraph.
        var report = TinyReport.Of(2025, ("2025年工作安排", ["今年办好3件惠民实事。", "附件", "2025年3件惠民实事"]),
            (Appendix[0], [Appendix[1]]), (Appendix[2], [Appendix[3]]), (Appendix[4], [Appendix[5]]));
        var s = Lists.Listing(LivelihoodExtractor.Extract(report)!);
        Assert.Equal(["稳定和扩大就业", "关爱一老一小", "改善出行条件"], s.Items.Select(i => i.Text));
        Assert.All(s.Items, i => Assert.Null(i.ParagraphId));
        Assert.Equal(["tiny-s2", "tiny-s3", "tiny-s4"], s.Items.Select(i => i.SectionId));
        Assert.Equal("新建托育机构3家", s.Items[1].AnnualTarget!.Text);
    }

    [Fact]
    public void An_appendix_section_titled_on_the_line_after_its_label_is_read()
    {
        // A parser that knows appendices: "附件" opens a section titled by the next line; the list lines are its paragraphs.
        const string body = "2025年工作安排\n今年办好2件惠民实事。\n";
        const string appendix = "附件\n2025年2件惠民实事\n";
        string[] lines = ["一、稳定和扩大就业", "年度目标：城镇新增就业5000人以上。", "二、关爱一老一小", "年度目标：新建托育机构3家。"];
        var text = body + appendix + string.Join("\n", lines) + "\n";
        var paragraphs = new List<Paragraph> { new("a-p1", "a-s1", 1, "今年办好2件惠民实事。", 8, 19) };
        int at = body.Length + appendix.Length;
        foreach (var line in lines)
        {
            paragraphs.Add(new Paragraph($"a-p{paragraphs.Count + 1}", "a-a1", paragraphs.Count + 1, line, at, at + line.Length));
            at += line.Length + 1;
        }
        Section[] sections =
        [
            new("a-s1", null, SectionLevels.Part, "一", "2025年工作安排", 1, 1, 1, 0, body.Length, 1, 1),
            new("a-a1", null, "appendix", null, "2025年2件惠民实事", 2, 2, 1, body.Length, text.Length, 2, 5),
        ];
        var metadata = TinyReport.Plan().Metadata with { Year = 2025 };
        var report = new ParsedReport("a", "a.txt", "", text, metadata, sections, paragraphs);
        Assert.Equal(text[paragraphs[1].Start..paragraphs[1].End], lines[0]);

        var r = LivelihoodExtractor.Extract(report)!;
        var s = Lists.Listing(r);
        Assert.Equal(("2025年2件惠民实事", null, "a-a1"), (s.Text, s.ParagraphId, s.SectionId));
        Assert.Equal(["稳定和扩大就业", "关爱一老一小"], s.Items.Select(i => i.Title));
        Assert.Equal(["a-p3", "a-p5"], s.Items.Select(i => i.AnnualTarget!.ParagraphId));
    }

    [Fact]
    public void Part_headings_that_do_not_match_the_count_are_not_a_list()
    {
        var report = TinyReport.Of(2025, ("各位代表", ["今年我们将办好十件民生实事。"]), ("一、2024年工作回顾", ["城镇新增就业5000人。"]),
            ("二、2025年工作安排", ["地区生产总值增长6%。"]));
        Assert.Empty(LivelihoodExtractor.Extract(report)!.Statements.SelectMany(s => s.Items));
    }

    [Fact]
    public void Report_items_numbered_like_the_list_are_its_items_when_as_many_as_the_count()
    {
        var report = Lists.Parsed("今年重点办好以下三件民生实事：\n（一）新建学校5所。\n（二）新增托位300个。\n（三）新开公交线路5条。\n");
        Assert.Contains(report.Sections, s => s.Level == SectionLevels.Item);
        var s = Lists.Listing(LivelihoodExtractor.Extract(report)!);
        Assert.Equal(["新建学校5所", "新增托位300个", "新开公交线路5条"], s.Items.Select(i => i.Text));
        Lists.AssertVerbatim(report, s);
    }

    [Fact]
    public void The_reports_own_items_after_a_statement_are_not_its_list()
    {
        var report = Lists.Parsed("办好民生实事，重点抓好以下几个方面：\n（一）加快产业升级。新建工厂5家。\n（二）深化改革开放。新增外资企业3家。\n");
        Assert.Empty(LivelihoodExtractor.Extract(report)!.Statements.SelectMany(s => s.Items));
    }

    [Fact]
    public void A_statement_of_what_happened_announces_no_list_even_when_the_reports_items_match_its_count()
    {
        var report = ReportParser.Parse("ruian-2025", "ruian-2025.txt", Encoding.UTF8.GetBytes(
            "政府工作报告\n各位代表：\n一、2024年工作回顾\n过去一年，地区生产总值增长6%，三件民生实事圆满完成。\n" +
            "（一）经济稳中有进。新增企业500家。\n（二）改革持续深化。新设窗口10个。\n（三）民生不断改善。新增就业5000人。\n二、2025年工作安排\n城镇新增就业5000人。\n"));
        Assert.Empty(Assert.Single(LivelihoodExtractor.Extract(report)!.Statements).Items);
    }

    [Fact]
    public void A_sentence_that_goes_on_after_the_name_announces_no_list()
    {
        var r = Lists.Extract("投入125亿元办好3件民生实事，切实提高满意度。", "一是持续深化就业创业工程。", "二是持续深化居民增收工程。", "三是持续深化教育提升工程。");
        Assert.Empty(Assert.Single(r.Statements).Items);
    }
}
