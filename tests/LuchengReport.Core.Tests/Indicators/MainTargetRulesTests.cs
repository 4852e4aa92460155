using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;
using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>
/// The statement of the year's main expected targets (主要预期目标) is read whole: every number in it is a target of
/// the plan year, marked as a main target with its sentence; nothing outside it is.
/// </summary>
public class MainTargetRulesTests
{
    /// <summary>A report of <paramref name="year"/> (null: the cover does not say) with parts of several paragraphs.</summary>
    static ParsedReport Report(int? year, params (string Title, string[] Paragraphs)[] parts)
    {
        var sections = new List<Section>();
        var paragraphs = new List<Paragraph>();
        for (int i = 0; i < parts.Length; i++)
        {
            var id = $"r-s{i + 1}";
            int first = paragraphs.Count + 1;
            foreach (var text in parts[i].Paragraphs)
                paragraphs.Add(new Paragraph($"r-p{paragraphs.Count + 1}", id, paragraphs.Count + 1, text, 0, text.Length));
            sections.Add(new Section(id, null, SectionLevels.Part, (i + 1).ToString(), parts[i].Title, i + 1, i + 1, 1, 0, 0, first, paragraphs.Count));
        }
        var metadata = new ReportMetadata(null, null, null, null, null, null, null, null, null, null, null, null, year);
        return new ParsedReport("r", "r.txt", "", "", metadata, sections, paragraphs);
    }

    static List<Indicator> MainTargets(ParsedReport report) => IndicatorExtractor.Extract(report).Where(i => i.MainTarget is not null).ToList();

    /// <summary>value unit subject comparator qualifier, one line per main target.</summary>
    static string[] Brief(IEnumerable<Indicator> facts) => facts.Select(f => $"{f.Value}{f.Unit} {f.Subject} {f.Comparator} {f.Qualifier}").ToArray();

    [Fact]
    public void Every_number_of_the_statement_is_a_main_target_of_the_plan_year_with_its_comparator_and_qualifier()
    {
        var report = Report(2026, ("2025年工作回顾", ["全年新增企业900家。"]), ("2026年工作安排",
            ["今年是关键之年,全年新增企业1000家。全县经济社会发展的主要预期目标是:地区生产总值增长6%以上,一般公共预算收入增长5%,城镇调查失业率控制在5.5%以内,居民消费价格涨幅3%左右,粮食产量稳定在45万吨以上。"]));
        var targets = MainTargets(report);
        Assert.Equal(["6% 地区生产总值 >= 以上", "5% 一般公共预算收入 = ", "5.5% 城镇调查失业率 <= 以内", "3% 居民消费价格涨幅 ~ 左右",
            "45万吨 粮食产量 >= 以上"], Brief(targets));
        Assert.All(targets, t => Assert.Equal((Kinds.Target, "2026"), (t.Kind, t.Period)));
        Assert.DoesNotContain(targets, t => t.Value == 1000);
    }

    [Fact]
    public void Each_main_target_carries_the_verbatim_sentence_it_is_stated_in()
    {
        const string text = "全县主要预期目标是：地区生产总值增长６％左右；城镇新增就业１．２万人。上述目标，兼顾了需要与可能。";
        var report = Report(2026, ("2026年工作安排", [text]));
        var targets = MainTargets(report);
        Assert.Equal(2, targets.Count);
        Assert.All(targets, t =>
        {
            Assert.Equal("全县主要预期目标是：地区生产总值增长６％左右；城镇新增就业１．２万人。", t.MainTarget!.Text);
            Assert.Equal(t.MainTarget.Text, text[t.MainTarget.Start..t.MainTarget.End]);
        });
    }

    [Fact]
    public void The_statement_is_typed_target_even_where_the_part_is_not_found_and_the_lead_names_its_year()
    {
        var report = Report(null, ("", ["过去一年,新增企业900家。", "2024年经济社会发展主要预期目标是:地区生产总值增长7%以上、力争达到8%,规上工业增加值增长9%。"]));
        var targets = MainTargets(report);
        Assert.Equal(["7% 地区生产总值 >= 以上", "8% 地区生产总值 = 力争", "9% 规上工业增加值 = "], Brief(targets));
        Assert.All(targets, t => Assert.Equal((Kinds.Target, "2024"), (t.Kind, t.Period)));
    }

    [Fact]
    public void Shared_subjects_are_completed_and_a_bracketing_kong_zhi_zai_bounds_both_values()
    {
        var report = Report(2026, ("2026年目标任务", [
            "主要预期目标为:一、二、三产增加值分别增长3%、6%和5.5%左右。城乡居民人均可支配收入分别增长5%和7%左右。城镇调查失业率、居民消费价格涨幅分别控制在5.5%和3%以内。"]));
        Assert.Equal(["3% 一产增加值 = ", "6% 二产增加值 = ", "5.5% 三产增加值 ~ 左右", "5% 城镇居民人均可支配收入 = ",
            "7% 农村居民人均可支配收入 ~ 左右", "5.5% 城镇调查失业率 <= 以内", "3% 居民消费价格涨幅 <= 以内"], Brief(MainTargets(report)));
    }

    [Fact]
    public void A_goal_without_a_number_is_no_target()
    {
        var report = Report(2026, ("2026年工作安排", ["今年主要预期目标是:地区生产总值增长6%左右,居民消费价格涨幅保持较低水平,居民收入增长与经济增长同步。"]));
        Assert.Equal(["6% 地区生产总值 ~ 左右"], Brief(MainTargets(report)));
    }

    [Fact]
    public void The_baseline_a_target_grows_from_is_no_main_target()
    {
        var report = Report(2026, ("2026年工作安排", ["今年主要预期目标是:研发投入强度从2.5%提高到2.8%。"]));
        var facts = IndicatorExtractor.Extract(report);
        Assert.Equal([(Kinds.Baseline, false), (Kinds.Target, true)], facts.Select(f => (f.Kind, f.MainTarget is not null)));
    }

    [Fact]
    public void A_range_in_the_statement_is_one_target_between_its_ends()
    {
        var target = Assert.Single(MainTargets(Report(2026, ("2026年工作安排", ["今年经济社会发展的主要预期目标是:地区生产总值增长5.0%—5.5%。"]))));
        Assert.Equal((5.0m, (decimal?)5.5m, Comparators.Between), (target.Value, target.ValueHigh, target.Comparator));
    }

    [Fact]
    public void The_statement_ends_where_a_sentence_turns_to_explaining_it()
    {
        var report = Report(2026, ("2026年工作安排",
            ["今年主要预期目标是:地区生产总值增长6%左右。规上工业增加值增长7%。这里要着重说明,提出增长6%左右的目标,考虑了需要和可能。"]));
        Assert.Equal(["6% 地区生产总值 ~ 左右", "7% 规上工业增加值 = "], Brief(MainTargets(report)));
    }

    [Fact]
    public void A_lead_that_closes_its_paragraph_takes_the_list_paragraphs_after_it()
    {
        var report = Report(null, ("二〇〇三年计划的主要目标和任务", [
            "二〇〇三年国民经济和社会发展的主要目标是:",
            "——农业总产值增长3%,工业总产值增长7%。",
            "——城镇新增就业800万人。",
            "全国新建水库12座,治理水土流失面积3万平方公里。"]));
        var targets = MainTargets(report);
        Assert.Equal(["3% 农业总产值 = ", "7% 工业总产值 = ", "800万人 城镇新增就业 = "], Brief(targets));
        Assert.All(targets, t => Assert.Equal("2003", t.Period));
    }

    [Theory]
    [InlineData("今后五年经济社会发展的主要目标是:地区生产总值年均增长6%。")]
    [InlineData("“十五五”时期主要预期目标是:地区生产总值年均增长6%。")]
    [InlineData("去年主要预期目标是:地区生产总值增长6%,实际增长6.2%。")]
    [InlineData("推进投资体制改革。主要目标是:三年内审批事项减少30%。")]
    [InlineData("产业园区建设的预期目标为年产值50亿元。")]
    public void A_lead_about_another_span_or_one_reform_states_no_main_targets(string text) =>
        Assert.Empty(MainTargets(Report(2026, ("2026年工作安排", [text]))));

    [Fact]
    public void A_lone_expected_growth_target_counts_only_in_a_report_without_a_main_statement()
    {
        var alone = Report(2026, ("2026年工作安排", ["今年经济增长预期目标为6%左右,这是必要的。"]));
        var growth = Assert.Single(MainTargets(alone));
        Assert.Equal((6m, "经济", Measures.Change, Comparators.About), (growth.Value, growth.Subject, growth.Measure, growth.Comparator));

        var restated = Report(2026, ("2026年工作安排", ["今年主要预期目标是:地区生产总值增长6%左右。", "提出今年经济增长预期目标为6%左右,是为了稳定预期。"]));
        Assert.Equal(["r-p1"], MainTargets(restated).Select(t => t.ParagraphId));
    }

    [Fact]
    public void Without_a_statement_a_report_has_no_main_targets() =>
        Assert.Empty(MainTargets(Report(2026, ("2026年工作安排", ["今年地区生产总值增长6%左右,新增企业300家。"]))));
}
