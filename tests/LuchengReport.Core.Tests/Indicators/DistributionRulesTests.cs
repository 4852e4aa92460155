using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>Values shared out over subjects: 分别, 、/和 lists, 城乡 pairs, 均, 从X到Y.</summary>
public class DistributionRulesTests
{
    [Fact]
    public void Urban_and_rural_incomes_and_their_growth_are_four_facts()
    {
        var facts = Extract.From("城乡居民人均可支配收入65000元、32000元,分别增长5.1%和6.2%。");
        Assert.Equal(
            ["65000元 城镇居民人均可支配收入", "32000元 农村居民人均可支配收入", "5.1% 城镇居民人均可支配收入", "6.2% 农村居民人均可支配收入"],
            Extract.Brief(facts));
        Assert.Equal([facts[2].Id], facts[0].RelatedIds);
        Assert.Equal([facts[3].Id], facts[1].RelatedIds);
        Assert.All(facts[2..], f => Assert.Equal(Directions.Up, f.Direction));
    }

    [Fact]
    public void Growths_given_together_belong_to_the_levels_before_them_in_order()
    {
        var facts = Extract.From("全年接待游客1200万人次,实现旅游收入150亿元,分别增长12%和15%。");
        Assert.Equal(["1200万人次 接待游客", "150亿元 旅游收入", "12% 接待游客", "15% 旅游收入"], Extract.Brief(facts));
        Assert.Equal([facts[2].Id], facts[0].RelatedIds);
    }

    [Theory]
    [InlineData("地区生产总值达到560亿元,按可比价计算增长6.1%。")]
    [InlineData("地区生产总值达到560亿元,扣除价格因素实际增长6.1%。")]
    [InlineData("地区生产总值达到560亿元,同口径增长6.1%。")]
    [InlineData("地区生产总值达到560亿元,年均增长6.1%。")]
    public void Wording_about_how_growth_is_computed_is_not_a_subject(string text) =>
        Assert.Equal(["560亿元 地区生产总值", "6.1% 地区生产总值"], Extract.Brief(Extract.From(text)));

    [Fact]
    public void A_total_after_a_count_is_the_total_of_the_same_thing() =>
        Assert.Equal(["1055家 新增高新技术企业", "3175家 高新技术企业总数"], Extract.Brief(Extract.From("新增高新技术企业1055家,总数达到3175家。")));

    [Fact]
    public void A_list_of_subjects_takes_its_values_in_order()
    {
        var facts = Extract.From("工业增加值、服务业增加值、农业增加值分别增长6%、7%和3%。");
        Assert.Equal(["6% 工业增加值", "7% 服务业增加值", "3% 农业增加值"], Extract.Brief(facts));
    }

    [Fact]
    public void A_qualifier_after_the_last_value_belongs_to_that_value_only()
    {
        var facts = Extract.From("城乡居民人均可支配收入分别增长7%和8.5%以上。", PeriodScopes.Year);
        Assert.Equal([Comparators.Equal, Comparators.AtLeast], facts.Select(f => f.Comparator));
    }

    [Theory]
    [InlineData("一、二、三产增加值分别增长3%、6%和5.5%。", "一产增加值|二产增加值|三产增加值")]
    [InlineData("一产、二产、三产增加值分别增长3%、6%和5.5%。", "一产增加值|二产增加值|三产增加值")]
    [InlineData("城镇和农村常住居民人均可支配收入分别增长5%和6.5%。", "城镇常住居民人均可支配收入|农村常住居民人均可支配收入")]
    [InlineData("进口、出口额分别增长4%和9%。", "进口额|出口额")]
    public void Parts_of_a_whole_written_before_one_head_share_it(string text, string subjects) =>
        Assert.Equal(subjects.Split('|'), Extract.From(text, PeriodScopes.Year).Select(f => f.Subject));

    [Fact]
    public void Other_short_names_before_a_head_stay_as_written()
    {
        var facts = Extract.From("原煤、原油、天然气产量分别增长2%、3%和8%。");
        Assert.Equal(["原煤", "原油", "天然气产量"], facts.Select(f => f.Subject));
        var mixed = Extract.From("城镇、农村和城中村居民收入分别增长5%、6%和7%。");
        Assert.Equal(["城镇", "农村", "城中村居民收入"], mixed.Select(f => f.Subject));
    }

    [Fact]
    public void One_value_with_jun_applies_to_each_subject()
    {
        var facts = Extract.From("研发经费和专利授权量均增长20%以上。", PeriodScopes.Year);
        Assert.Equal(["20% 研发经费", "20% 专利授权量"], Extract.Brief(facts));
        Assert.All(facts, f => Assert.Equal((Measures.Change, Comparators.AtLeast), (f.Measure, f.Comparator)));
    }

    [Fact]
    public void Two_counted_quantities_joined_by_he_are_two_facts_but_a_shared_head_is_one()
    {
        Assert.Equal(["15% 火灾起数", "15% 死亡人数"], Extract.Brief(Extract.From("火灾起数和死亡人数下降15%。")));
        Assert.Equal(["12% 交通和水利投资"], Extract.Brief(Extract.From("交通和水利投资增长12%。")));
    }

    [Fact]
    public void From_x_to_y_gives_a_baseline_and_the_value_reached()
    {
        var facts = Extract.From("五年来,森林覆盖率从60.2%提高到63.5%。");
        Assert.Equal(["60.2% 森林覆盖率", "63.5% 森林覆盖率"], Extract.Brief(facts));
        Assert.Equal((Kinds.Baseline, "2015", Measures.Level), (facts[0].Kind, facts[0].Period, facts[0].Measure));
        Assert.Equal((Kinds.Actual, "2016-2020", Measures.Level), (facts[1].Kind, facts[1].Period, facts[1].Measure));
        Assert.Equal([facts[1].Id], facts[0].RelatedIds);
    }

    [Theory]
    [InlineData("城镇化率由70.1%提升至72.4%。")]
    [InlineData("城镇化率从70.1%增加到72.4%。")]
    [InlineData("城镇化率从７０．１％提升至７２．４％。")]
    [InlineData("城镇化率由2019年的70.1%提高到2020年底的72.4%。")]
    public void From_x_to_y_reads_its_verb_variants(string text)
    {
        var facts = Extract.From(text);
        Assert.Equal([70.1m, 72.4m], facts.Select(f => f.Value));
        Assert.Equal([Kinds.Baseline, Kinds.Actual], facts.Select(f => f.Kind));
        Assert.Equal(["2019", "2020"], facts.Select(f => f.Period));
    }

    [Fact]
    public void Paired_lists_from_x1_x2_to_y1_y2_pair_in_order()
    {
        var facts = Extract.From("过去五年,城乡居民人均可支配收入分别从40000元、20000元增长到60000元、30000元。");
        Assert.Equal(["40000元 城镇居民人均可支配收入", "20000元 农村居民人均可支配收入", "60000元 城镇居民人均可支配收入", "30000元 农村居民人均可支配收入"],
            Extract.Brief(facts));
        Assert.Equal([facts[2].Id], facts[0].RelatedIds);
        Assert.Equal([facts[3].Id], facts[1].RelatedIds);
    }

    [Fact]
    public void Labelled_baselines_take_their_labels()
    {
        var facts = Extract.From("最低生活保障标准从农村5000元、城镇6000元,提高至城乡统一7200元。");
        Assert.Equal(["5000元 农村最低生活保障标准", "6000元 城镇最低生活保障标准", "7200元 城乡统一最低生活保障标准"], Extract.Brief(facts));
        Assert.Equal(2, facts[2].RelatedIds.Count);
    }

    [Fact]
    public void A_bare_ratio_counts_inside_from_x_to_y_only()
    {
        var facts = Extract.From("城乡收入比从2.1缩小到1.9,较2015年改善明显。");
        Assert.Equal([(2.1m, ""), (1.9m, "")], facts.Select(f => (f.Value, f.Unit)));
        Assert.All(facts, f => Assert.Null(f.NormalizedValue));
    }
}
