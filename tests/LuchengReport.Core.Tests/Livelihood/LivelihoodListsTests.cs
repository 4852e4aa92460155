using System.Text;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Tests.Projects;

namespace LuchengReport.Core.Tests.Livelihood;

/// <summary>Projects a report lists inside a paragraph, verbatim; and no list where the report gives only a count.</summary>
public class LivelihoodListsTests
{
    [Fact]
    public void Lists_the_items_after_baokuo_separated_by_semicolons()
    {
        var report = TinyReport.Plan("今年，我们将接续办好3件重点民生实事，包括：新建口袋公园20个；改造老旧小区500户；开通社区公交5条。我们将尽心尽力办好。");
        var s = Lists.Listing(LivelihoodExtractor.Extract(report)!);
        Assert.Equal(["新建口袋公园20个", "改造老旧小区500户", "开通社区公交5条"], s.Items.Select(i => i.Text));
        Assert.Equal([1, 2, 3], s.Items.Select(i => i.Number));
        Assert.True(s.ListComplete);
        Lists.AssertVerbatim(report, s);
    }

    [Fact]
    public void Examples_after_baokuo_ending_in_deng_are_listed_as_incomplete()
    {
        var s = Lists.Listing(Lists.Extract("今年继续实施民生实事，包括放心家政、安心托幼等项目，我们一定把这项德政工程办好。"));
        Assert.Equal(["放心家政", "安心托幼"], s.Items.Select(i => i.Text));
        Assert.False(s.ListComplete);
    }

    [Fact]
    public void An_enumeration_before_deng_and_the_count_lists_the_items_without_the_opening_verb()
    {
        var s = Lists.Listing(Lists.Extract("今年将实施就业促进、教育提质、科技文体惠民等三件民生实事。"));
        Assert.Equal(["就业促进", "教育提质", "科技文体惠民"], s.Items.Select(i => i.Title));
        Assert.True(s.ListComplete);
    }

    [Fact]
    public void Examples_before_deng_are_fewer_than_the_count()
    {
        var s = Lists.Listing(LivelihoodExtractor.Extract(TinyReport.Of(2025, ("2024年工作回顾", ["普惠托育、助餐服务、健康筛查等12件民生实事全部兑现。"])))!);
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
        var s = Lists.Listing(LivelihoodExtractor.Extract(report)!);
        Assert.Equal(["新建社区食堂10个，方便老人就餐", "为1万名学生免费体检", "新增公交线路5条"], s.Items.Select(i => i.Text));
        Assert.Equal(["新建社区食堂10个", "为1万名学生免费体检", "新增公交线路5条"], s.Items.Select(i => i.Title));
        Assert.Equal(firstMarker, s.Items[0].Marker);
        Lists.AssertVerbatim(report, s);
    }

    [Fact]
    public void An_annual_target_inside_the_item_is_read_too()
    {
        var s = Lists.Listing(Lists.Extract("今年办好2件惠民实事。一是稳定和扩大就业，年度目标为城镇新增就业5000人以上。二是关爱一老一小，年度目标为新建托育机构3家。"));
        Assert.Equal(["城镇新增就业5000人以上", "新建托育机构3家"], s.Items.Select(i => i.AnnualTarget!.Text));
    }

    [Fact]
    public void A_count_without_a_list_is_a_count_and_the_note_says_so()
    {
        var r = Lists.Extract("今年办好十件民生实事，让群众得到更多实惠。");
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
