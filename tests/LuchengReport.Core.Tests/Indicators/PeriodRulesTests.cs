using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;
using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>Kind and period come from the part a number stands in, the report year and the clause, never from fixed years.</summary>
public class PeriodRulesTests
{
    /// <summary>A report of <paramref name="year"/> with one paragraph per part, titled as given.</summary>
    static ParsedReport Report(int? year, params (string Title, string Text)[] parts)
    {
        var sections = new List<Section>();
        var paragraphs = new List<Paragraph>();
        for (int i = 0; i < parts.Length; i++)
        {
            var id = $"r-s{i + 1}";
            sections.Add(new Section(id, null, SectionLevels.Part, (i + 1).ToString(), parts[i].Title, i + 1, i + 1, 1, 0, 0, i + 1, i + 1));
            paragraphs.Add(new Paragraph($"r-p{i + 1}", id, i + 1, parts[i].Text, 0, parts[i].Text.Length));
        }
        var metadata = new ReportMetadata(null, null, null, null, null, null, null, null, null, null, null, null, year);
        return new ParsedReport("r", "r.txt", "", "", metadata, sections, paragraphs);
    }

    static Indicator In(IReadOnlyList<Indicator> facts, string paragraph) => Assert.Single(facts, f => f.ParagraphId == paragraph);

    [Fact]
    public void Review_five_year_plan_and_year_plan_parts_follow_the_report_year()
    {
        var facts = IndicatorExtractor.Extract(Report(2026,
            ("2025年工作回顾", "全年实现地区生产总值2100亿元。"),
            ("“十五五”时期的奋斗目标", "地区生产总值突破3000亿元。"),
            ("2026年工作安排", "地区生产总值增长6%左右。")));
        Assert.Equal((Kinds.Actual, "2025"), (In(facts, "r-p1").Kind, In(facts, "r-p1").Period));
        Assert.Equal((Kinds.Target, "2026-2030"), (In(facts, "r-p2").Kind, In(facts, "r-p2").Period));
        Assert.Equal((Kinds.Target, "2026"), (In(facts, "r-p3").Kind, In(facts, "r-p3").Period));
    }

    [Fact]
    public void Parts_whose_titles_say_nothing_are_read_by_their_place()
    {
        var facts = IndicatorExtractor.Extract(Report(2021,
            ("回眸与成绩", "新增企业300家。"),
            ("发展蓝图", "新增企业突破2000家。"),
            ("奋力前行", "新增企业400家。")));
        Assert.Equal(["2020", "2021-2025", "2021"], facts.Select(f => f.Period));
    }

    [Fact]
    public void A_five_year_review_paragraph_covers_the_plan_years_and_its_baselines_the_year_before()
    {
        var facts = IndicatorExtractor.Extract(Report(2021,
            ("2020年主要工作和“十三五”发展回顾", "过去五年,高新技术企业从41家增加到144家,累计新增就业8.2万人。")));
        Assert.Equal([("baseline", "2015"), ("actual", "2016-2020"), ("actual", "2016-2020")], facts.Select(f => (f.Kind, f.Period)));
    }

    [Fact]
    public void Numbers_before_the_five_year_marker_stay_in_the_review_year()
    {
        var facts = Extract.From("全年新增企业500家。五年来,累计新增企业2100家。");
        Assert.Equal(["2020", "2016-2020"], facts.Select(f => f.Period));
    }

    [Fact]
    public void A_baseline_in_a_plan_is_the_year_before_the_plan()
    {
        var facts = Extract.From("研发投入强度从2.1%提高到3%。", PeriodScopes.Plan);
        Assert.Equal([(Kinds.Baseline, "2020"), (Kinds.Target, "2021-2025")], facts.Select(f => (f.Kind, f.Period)));
    }

    [Fact]
    public void A_target_sentence_with_a_horizon_runs_to_it()
    {
        var facts = Extract.From("到2025年,全区生产总值达到1500亿元,年均增长7%左右。今年新增企业300家。", PeriodScopes.Year);
        Assert.Equal(["1500亿元 全区生产总值", "7% 全区生产总值", "300家 新增企业"], Extract.Brief(facts));
        Assert.Equal(["2021-2025", "2021-2025", "2021"], facts.Select(f => f.Period));
    }

    [Fact]
    public void What_is_done_in_a_plan_part_is_actual()
    {
        var fact = Extract.Single("区政府梳理形成了十二个民生实事候选项目。", PeriodScopes.Year);
        Assert.Equal(Kinds.Actual, fact.Kind);
    }

    [Theory]
    [InlineData("２０２３年工作回顾")]
    [InlineData("2 0 2 3 年工作回顾")]
    [InlineData("二〇二三年工作回顾")]
    [InlineData("二○二三年计划的执行情况")]
    [InlineData("二〇二三年国家决算")]
    public void Without_metadata_the_year_comes_from_a_review_title_however_its_year_is_written(string title)
    {
        var facts = IndicatorExtractor.Extract(Report(null, (title, "新增企业300家。"), ("今年工作安排", "新增企业400家。")));
        Assert.Equal(["2023", "2024"], facts.Select(f => f.Period));
    }

    [Fact]
    public void Without_metadata_a_plan_title_names_the_report_year_and_a_horizon_does_not()
    {
        var facts = IndicatorExtractor.Extract(Report(null, ("到2035年的远景目标", "新增企业300家。"), ("２０２４年主要任务", "新增企业400家。")));
        Assert.Equal(["2024-2028", "2024"], facts.Select(f => f.Period));
    }

    [Fact]
    public void A_part_between_whose_title_says_nothing_plans_the_year_unless_the_report_opens_a_five_year_plan()
    {
        var facts = IndicatorExtractor.Extract(Report(2025,
            ("回眸与成绩", "新增企业300家。"),
            ("奋勇争先", "新增企业400家。"),
            ("建设人民满意的政府", "新增企业50家。")));
        Assert.Equal(["2024", "2025", "2025"], facts.Select(f => f.Period));
    }

    [Fact]
    public void A_five_year_plan_named_later_in_the_sentence_does_not_re_date_this_years_targets()
    {
        var facts = IndicatorExtractor.Extract(Report(2025,
            ("2024年工作回顾", "全年新增企业300家。"),
            ("奋勇争先", "今年新增企业400家,固定资产投资增长5%左右,高质量完成“十四五”规划目标任务,为“十五五”良好开局打牢基础。")));
        Assert.Equal(["2024", "2025", "2025"], facts.Select(f => f.Period));
    }

    [Fact]
    public void A_sentence_that_opens_with_its_own_year_is_about_that_year()
    {
        var facts = Extract.From("2019年,全区新增企业200家。2020年全区新增企业300家。", PeriodScopes.Review);
        Assert.Equal([(Kinds.Actual, "2019"), (Kinds.Actual, "2020")], facts.Select(f => (f.Kind, f.Period)));
    }

    [Fact]
    public void A_year_that_only_says_when_something_began_leaves_the_frame()
    {
        var facts = Extract.From("2018年我们提出用三年时间化解拖欠工程款,已偿还拖欠工程款12亿元。", PeriodScopes.Review);
        Assert.Equal("2016-2020", Assert.Single(facts).Period);
    }

    [Fact]
    public void A_horizon_in_the_report_year_is_that_year()
    {
        var fact = Extract.Single("到2021年,新增企业500家。", PeriodScopes.Plan);
        Assert.Equal((Kinds.Target, "2021"), (fact.Kind, fact.Period));
    }

    [Fact]
    public void Without_metadata_the_year_comes_from_the_review_title()
    {
        var facts = IndicatorExtractor.Extract(Report(null, ("2023年工作回顾", "新增企业300家。"), ("2024年工作安排", "新增企业400家。")));
        Assert.Equal(["2023", "2024"], facts.Select(f => f.Period));
    }
}
