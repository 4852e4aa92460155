using System.Text;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Tests.Projects;

namespace LuchengReport.Core.Tests.Livelihood;

/// <summary>Statements about the livelihood projects in any wording, on short texts of an invented county (瑞安市, 2025).</summary>
public class LivelihoodStatementsTests
{
    static ParsedReport Report(string[] review, string[] plan) =>
        TinyReport.Of(2025, ("2024年工作回顾", review), ("2025年工作安排", plan));

    static LivelihoodStatement Single(string paragraph) => Assert.Single(LivelihoodExtractor.Extract(TinyReport.Of(2025, ("2025年工作安排", [paragraph])))!.Statements);

    [Theory]
    [InlineData("今年办好十件民生实事。", "民生实事", "十件", 10, "件", null)]
    [InlineData("今年办好10件民生实事。", "民生实事", "10件", 10, "件", null)]
    [InlineData("今年接续办好15件重点民生实事。", "民生实事", "15件重点", 15, "件", null)]
    [InlineData("今年实施十大类44项民生实事。", "民生实事", "十大类44项", 44, "项", 10)]
    [InlineData("今年优化安排12类55件民生实事。", "民生实事", "12类55件", 55, "件", 12)]
    [InlineData("今年继续谋划实施好十方面民生实事。", "民生实事", "十方面", 10, "方面", null)]
    [InlineData("今年实施民生实事28项。", "民生实事", "28项", 28, "项", null)]
    [InlineData("今年投入80亿元办好40件群众急难愁盼民生实事。", "民生实事", "40件群众急难愁盼", 40, "件", null)]
    [InlineData("今年办好8件惠民实事。", "惠民实事", "8件", 8, "件", null)]
    [InlineData("今年保质保量完成30项为民办实事项目。", "为民办实事项目", "30项", 30, "项", null)]
    [InlineData("今年实施十大为民办实事工程。", "为民办实事工程", "十大", 10, "大", null)]
    [InlineData("今年继续实施20项民生工程。", "民生工程", "20项", 20, "项", null)]
    [InlineData("今年实施十大类民生实事。", "民生实事", "十大类", null, "大类", 10)]
    public void Reads_the_count_in_any_form(string paragraph, string name, string countText, int? count, string unit, int? categories)
    {
        var s = Single(paragraph);
        Assert.Equal((name, countText, count, unit, categories), (s.Name, s.CountText, s.Count, s.Unit, s.CategoryCount));
        Assert.Equal(s.Text, paragraph[s.Start..s.End]);
    }

    [Theory]
    [InlineData("集中力量办好一批民生实事。")]
    [InlineData("建成社区食堂等民生实事。")]
    [InlineData("把可感可及的民生实事办得更有成色。")]
    [InlineData("用心用情办好一件件民生实事。")]
    public void A_statement_without_a_count_has_none(string paragraph)
    {
        var s = Single(paragraph);
        Assert.Equal((null, null, null), (s.CountText, s.Count, s.CategoryCount));
    }

    [Fact]
    public void Done_last_year_planned_this_year_and_put_to_a_vote()
    {
        var r = LivelihoodExtractor.Extract(Report(
            ["十方面民生实事圆满完成，群众获得感明显增强。", "2024年民生实事项目首次由人大代表票决确定。"],
            ["接续办好15件重点民生实事，让群众笑容更多。"]))!;
        Assert.Equal(
        [
            ("2024", StatementStatus.Done, 10),
            ("2024", StatementStatus.Voted, (int?)null),
            ("2025", StatementStatus.Planned, 15),
        ], r.Statements.Select(s => (s.Period, s.Status, s.Count)));
    }

    [Fact]
    public void Last_year_named_in_a_plan_paragraph_is_done()
    {
        var r = LivelihoodExtractor.Extract(Report([], ["去年33项民生实事全部完成，今年再办好40件民生实事。"]))!;
        Assert.Equal([(33, StatementStatus.Done), (40, StatementStatus.Planned)], r.Statements.Select(s => (s.Count, s.Status)));
    }

    [Theory]
    [InlineData("去年20件民生实事全部完成。", StatementStatus.Done)]
    [InlineData("政府承诺办好的35件民生实事，全部高标准完成。", StatementStatus.Done)]
    [InlineData("今年，我们将继续统筹财力，扎实办好“十件民生实事”。", StatementStatus.Planned)]
    [InlineData("我们将优化安排12类45件民生实事。", StatementStatus.Planned)]
    [InlineData("全力办好21项民生实事。", null)]
    public void Without_a_known_year_the_words_tell_the_status(string paragraph, string? status)
    {
        var report = TinyReport.Of(2025, ("工作安排", [paragraph]));
        report = report with { Metadata = report.Metadata with { Year = null } };
        Assert.Equal(status, Assert.Single(LivelihoodExtractor.Extract(report)!.Statements).Status);
    }

    [Fact]
    public void A_vote_without_candidates_is_said_as_such()
    {
        var r = LivelihoodExtractor.Extract(Report(["2024年民生实事项目由人大代表票决确定，确保10件民生实事件件有着落。"], []))!;
        Assert.Equal((null, 10, "票决"), (r.CandidateCount, r.SelectedCount, r.SelectionMethod));
        Assert.Contains("chosen by the people's congress by vote (票决), without counting candidates", r.Note);
        Assert.Null(r.TargetsSectionId);
    }

    [Fact]
    public void A_record_of_work_done_points_to_no_targets_section()
    {
        var report = ReportParser.Parse("ruian-2025", "ruian-2025.txt", Encoding.UTF8.GetBytes("""
            政府工作报告
            2025年1月10日在瑞安市第十七届人民代表大会第五次会议上
            各位代表：
            一、2024年工作回顾
            （一）民生福祉持续增进。2024年民生实事项目由人大代表票决确定，10件民生实事全部完成。
            二、2025年工作安排
            （一）持续保障和改善民生。城镇新增就业5000人以上。
            """));
        var r = LivelihoodExtractor.Extract(report)!;
        Assert.Equal((2025, "票决"), (report.Metadata.Year, r.SelectionMethod));
        Assert.Null(r.TargetsSectionId);
    }

    [Fact]
    public void A_year_named_in_the_clause_is_its_period() =>
        Assert.Equal("2023", Single("2023年民生实事项目由人大代表票决产生。").Period);

    [Theory]
    [InlineData("脚踏实地为民办实事，坚决纠治形式主义。")]
    [InlineData("主要用于保障性住房、教育、卫生等民生工程建设。")]
    [InlineData("加强农业基础设施和农村民生工程建设。")]
    [InlineData("积极推进“小而美”民生项目建设。")]
    [InlineData("加大养老托育、供水供热等民生项目投入。")]
    [InlineData("开工建设30个民生项目。")]
    [InlineData("开展文化惠民工程，推动城市书房提质扩面。")]
    [InlineData("坚持解放思想、实事求是。")]
    [InlineData("推动居民服务“一卡通”等10件实事落地见效。")]
    [InlineData("实施卫生健康为民服务15项实事。抓好传染病防控。")]
    [InlineData("扎实抓好15件群众身边具体实事集中整治。")]
    public void An_unrelated_use_of_a_word_is_not_a_statement(string paragraph) =>
        Assert.Null(LivelihoodExtractor.Extract(TinyReport.Of(2025, ("2025年工作安排", [paragraph]))));

    [Fact]
    public void A_report_that_never_speaks_of_them_has_no_record() =>
        Assert.Null(LivelihoodExtractor.Extract(Report(["城镇新增就业5000人。"], ["办好群众身边的大事小情。"])));

    [Fact]
    public void Full_width_digits_and_spaces_read_like_the_plain_text()
    {
        var s = Single("今年　办好 １０件 民生实事。");
        Assert.Equal((10, "１０件"), (s.Count, s.CountText));
        Assert.Equal("民生实事", s.Name);
    }
}
