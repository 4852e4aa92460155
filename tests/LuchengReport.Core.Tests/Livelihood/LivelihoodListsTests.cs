using System.Text;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Tests.Projects;

namespace LuchengReport.Core.Tests.Livelihood;

/// <summary>The projects a report lists, in each form, verbatim; and no list where the report gives only a count.</summary>
public class LivelihoodListsTests
{
    static LivelihoodRecord Extract(params string[] plan) => LivelihoodExtractor.Extract(TinyReport.Plan(plan))!;

    /// <summary>The one statement that lists items.</summary>
    static LivelihoodStatement Listing(LivelihoodRecord r) => Assert.Single(r.Statements, s => s.Items.Count > 0);

    /// <summary>Each item's text is the verbatim span its offsets name, in its paragraph (or heading line).</summary>
    static void AssertVerbatim(ParsedReport report, LivelihoodStatement s)
    {
        var paragraphs = report.Paragraphs.ToDictionary(p => p.Id);
        foreach (var item in s.Items.Where(i => i.ParagraphId is not null))
            Assert.Equal(item.Text, paragraphs[item.ParagraphId!].Text[item.Start..item.End]);
    }

    [Fact]
    public void Lists_the_items_after_baokuo_separated_by_semicolons()
    {
        var report = TinyReport.Plan("今年，我们将接续办好3件重点民生实事，包括：新建口袋公园20个；改造老旧小区500户；开通社区公交5条。我们将尽心尽力办好。");
        var s = Listing(LivelihoodExtractor.Extract(report)!);
        Assert.Equal(["新建口袋公园20个", "改造老旧小区500户", "开通社区公交5条"], s.Items.Select(i => i.Text));
        Assert.Equal([1, 2, 3], s.Items.Select(i => i.Number));
        Assert.True(s.ListComplete);
        AssertVerbatim(report, s);
    }

    [Fact]
    public void Examples_after_baokuo_ending_in_deng_are_listed_as_incomplete()
    {
        var s = Listing(Extract("今年继续实施民生实事，包括放心家政、安心托幼等项目，我们一定把这项德政工程办好。"));
        Assert.Equal(["放心家政", "安心托幼"], s.Items.Select(i => i.Text));
        Assert.False(s.ListComplete);
    }

    [Fact]
    public void An_enumeration_before_deng_and_the_count_lists_the_items_without_the_opening_verb()
    {
        var s = Listing(Extract("今年将实施就业促进、教育提质、科技文体惠民等三件民生实事。"));
        Assert.Equal(["就业促进", "教育提质", "科技文体惠民"], s.Items.Select(i => i.Title));
        Assert.True(s.ListComplete);
    }

    [Fact]
    public void Examples_before_deng_are_fewer_than_the_count()
    {
        var s = Listing(LivelihoodExtractor.Extract(TinyReport.Of(2025, ("2024年工作回顾", ["普惠托育、助餐服务、健康筛查等12件民生实事全部兑现。"])))!);
        Assert.Equal(3, s.Items.Count);
        Assert.Equal((12, false, StatementStatus.Done), (s.Count, s.ListComplete, s.Status));
    }

    [Theory]
    [InlineData("今年再办好3件民生实事。一是新建社区食堂10个，方便老人就餐。二是为1万名学生免费体检。三是新增公交线路5条。让群众笑容更多。", "一是")]
    [InlineData("今年扎实办好“三件民生实事”。(1)新建社区食堂10个，方便老人就餐。(2)为1万名学生免费体检。(3)新增公交线路5条。让群众笑容更多。", "(1)")]
    [InlineData("今年扎实办好三件民生实事：①新建社区食堂10个，方便老人就餐；②为1万名学生免费体检；③新增公交线路5条。让群众笑容更多。", "①")]
    public void A_numbered_list_in_the_same_paragraph_runs_to_the_end_of_its_last_sentence(string paragraph, string firstMarker)
    {
        var report = TinyReport.Plan(paragraph);
        var s = Listing(LivelihoodExtractor.Extract(report)!);
        Assert.Equal(["新建社区食堂10个，方便老人就餐", "为1万名学生免费体检", "新增公交线路5条"], s.Items.Select(i => i.Text));
        Assert.Equal(["新建社区食堂10个", "为1万名学生免费体检", "新增公交线路5条"], s.Items.Select(i => i.Title));
        Assert.Equal(firstMarker, s.Items[0].Marker);
        AssertVerbatim(report, s);
    }

    [Fact]
    public void A_numbered_list_one_item_a_line_after_the_statement()
    {
        var report = TinyReport.Plan("我们继续谋划实施好三方面民生实事。", "1.医疗卫生方面。为老年人免费接种流感疫苗。", "2.养老帮困方面。新增护理员800人。",
            "3.交通出行方面。新建充电桩2000个。", "以上民生实事，我们将定点定责、精心组织。");
        var r = LivelihoodExtractor.Extract(report)!;
        var s = Listing(r);
        Assert.Equal(["医疗卫生方面", "养老帮困方面", "交通出行方面"], s.Items.Select(i => i.Title));
        Assert.Equal(["tiny-p2", "tiny-p3", "tiny-p4"], s.Items.Select(i => i.ParagraphId));
        Assert.Equal("医疗卫生方面。为老年人免费接种流感疫苗", s.Items[0].Text);
        Assert.Equal(2, r.Statements.Count);
        Assert.Equal("tiny-p1", r.SourceParagraphId);
        AssertVerbatim(report, s);
    }

    [Fact]
    public void A_whole_list_in_the_next_paragraph_is_split_into_its_items()
    {
        var s = Listing(Extract("今年办好三件民生实事。", "一是新建社区食堂10个；二是为1万名学生免费体检；三是新增公交线路5条。", "城镇新增就业5000人。"));
        Assert.Equal(["新建社区食堂10个", "为1万名学生免费体检", "新增公交线路5条"], s.Items.Select(i => i.Text));
        Assert.All(s.Items, i => Assert.Equal("tiny-p2", i.ParagraphId));
    }

    static readonly string[] Appendix =
        ["一、稳定和扩大就业", "年度目标：城镇新增就业5000人以上。", "二、关爱一老一小", "年度目标：新建托育机构3家。", "三、改善出行条件", "年度目标：新开公交线路5条。"];

    [Fact]
    public void An_appendix_list_read_as_paragraphs_gives_each_item_its_annual_target()
    {
        var report = TinyReport.Of(2025, ("2025年工作安排", ["今年办好3件惠民实事（见附件）。", "让我们团结奋斗！", "附件", "2025年3件惠民实事", .. Appendix]));
        var s = Listing(LivelihoodExtractor.Extract(report)!);
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
        var s = Listing(LivelihoodExtractor.Extract(report)!);
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
        var s = Listing(r);
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

    static ParsedReport Parsed(string plan) => ReportParser.Parse("ruian-2025", "ruian-2025.txt", Encoding.UTF8.GetBytes(
        "政府工作报告\n2025年1月10日在瑞安市第十七届人民代表大会第五次会议上\n各位代表：\n一、2024年工作回顾\n城镇新增就业5000人。\n二、2025年工作安排\n" + plan));

    [Fact]
    public void Report_items_numbered_like_the_list_are_its_items_when_as_many_as_the_count()
    {
        var report = Parsed("今年重点办好以下三件民生实事：\n（一）新建学校5所。\n（二）新增托位300个。\n（三）新开公交线路5条。\n");
        Assert.Contains(report.Sections, s => s.Level == SectionLevels.Item);
        var s = Listing(LivelihoodExtractor.Extract(report)!);
        Assert.Equal(["新建学校5所", "新增托位300个", "新开公交线路5条"], s.Items.Select(i => i.Text));
        AssertVerbatim(report, s);
    }

    [Fact]
    public void The_reports_own_items_after_a_statement_are_not_its_list()
    {
        var report = Parsed("办好民生实事，重点抓好以下几个方面：\n（一）加快产业升级。新建工厂5家。\n（二）深化改革开放。新增外资企业3家。\n");
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
    public void An_annual_target_inside_the_item_is_read_too()
    {
        var s = Listing(Extract("今年办好2件惠民实事。一是稳定和扩大就业，年度目标为城镇新增就业5000人以上。二是关爱一老一小，年度目标为新建托育机构3家。"));
        Assert.Equal(["城镇新增就业5000人以上", "新建托育机构3家"], s.Items.Select(i => i.AnnualTarget!.Text));
    }

    [Fact]
    public void A_sentence_that_goes_on_after_the_name_announces_no_list()
    {
        var r = Extract("投入125亿元办好3件民生实事，切实提高满意度。", "一是持续深化就业创业工程。", "二是持续深化居民增收工程。", "三是持续深化教育提升工程。");
        Assert.Empty(Assert.Single(r.Statements).Items);
    }

    [Fact]
    public void A_count_without_a_list_is_a_count_and_the_note_says_so()
    {
        var r = Extract("今年办好十件民生实事，让群众得到更多实惠。");
        var s = Assert.Single(r.Statements);
        Assert.Equal((10, null), (s.Count, s.ListComplete));
        Assert.Empty(s.Items);
        Assert.False(r.ItemsListed);
        Assert.Contains("does not list the projects themselves: a count is all it gives", r.Note);
        Assert.Contains("十件民生实事 (2022, planned)", r.Note);
    }

    [Fact]
    public void The_source_is_the_plan_years_list_not_last_years_examples()
    {
        var report = TinyReport.Of(2025, ("2024年工作回顾", ["普惠托育、助餐服务等2件民生实事全部兑现。"]),
            ("2025年工作安排", ["今年再办好2件民生实事。一是新建社区食堂10个。二是新增公交线路5条。"]));
        var r = LivelihoodExtractor.Extract(report)!;
        Assert.Equal(("tiny-p2", "今年再办好2件民生实事。"), (r.SourceParagraphId, r.SourceText));
        Assert.Contains("It lists the 2 items of “今年再办好2件民生实事”", r.Note);
    }

    [Theory]
    [InlineData("今年办好3件实事。一是新建社区食堂10个。二是为1万名学生免费体检。三是新增公交线路5条。", 3)]
    [InlineData("今年办好10件实事。一是新建社区食堂10个。二是为1万名学生免费体检。", 0)]
    public void Bare_shishi_counts_only_with_a_list_of_that_many_items(string paragraph, int statements) =>
        Assert.Equal(statements, LivelihoodExtractor.Extract(TinyReport.Plan(paragraph))?.Statements.Single().Items.Count ?? 0);
}
