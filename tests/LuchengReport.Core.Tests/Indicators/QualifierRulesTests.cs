using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>Comparators and the words that set them, directions of change, and numbers written in Chinese.</summary>
public class QualifierRulesTests
{
    [Theory]
    [InlineData("地区生产总值增长７％以上。", 7, ">=", "以上")]
    [InlineData("城镇调查失业率控制在5.5%以内。", 5.5, "<=", "以内")]
    [InlineData("数字经济增加值突破500亿元。", 500, ">", "突破")]
    [InlineData("服务业增加值超过800亿元。", 800, ">", "超过")]
    [InlineData("高新技术产业占比接近60%。", 60, "~", "接近")]
    [InlineData("居民收入增长6%左右。", 6, "~", "左右")]
    [InlineData("单位能耗下降不低于3%。", 3, ">=", "不低于")]
    [InlineData("政府债务率不超过90%。", 90, "<=", "不超过")]
    [InlineData("引进高层次人才200多名。", 200, ">", "多")]
    [InlineData("确保完成重点项目投资150亿元。", 150, "=", "确保")]
    [InlineData("力争新增上市企业5家。", 5, "=", "力争")]
    [InlineData("新增上市企业5家。", 5, "=", null)]
    [InlineData("城镇登记失业率低于4.5%。", 4.5, "<", "低于")]
    [InlineData("城镇新增就业不少于3万人。", 3, ">=", "不少于")]
    public void The_comparator_comes_from_the_qualifier_word(string text, double value, string comparator, string? qualifier)
    {
        var fact = Extract.Single(text, PeriodScopes.Year);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal((comparator, qualifier), (fact.Comparator, fact.Qualifier));
    }

    [Fact]
    public void A_target_and_the_higher_one_striven_for_are_two_facts()
    {
        var facts = Extract.From("地区生产总值增长7%以上、力争达到8%。", PeriodScopes.Year);
        Assert.Equal(["7% 地区生产总值", "8% 地区生产总值"], Extract.Brief(facts));
        Assert.Equal([(Comparators.AtLeast, "以上"), (Comparators.Equal, "力争")], facts.Select(f => (f.Comparator, f.Qualifier)));
    }

    [Fact]
    public void Kong_zhi_zai_yi_nei_bounds_every_value_it_brackets()
    {
        var facts = Extract.From("城镇调查失业率、居民消费价格涨幅分别控制在5.5%和3%以内。", PeriodScopes.Year);
        Assert.Equal(["5.5% 城镇调查失业率", "3% 居民消费价格涨幅"], Extract.Brief(facts));
        Assert.All(facts, f => Assert.Equal((Comparators.AtMost, "以内"), (f.Comparator, f.Qualifier)));
    }

    [Fact]
    public void An_estimate_is_an_actual_qualified_yu_ji_and_keeps_the_comparator_of_its_words()
    {
        var facts = Extract.From("预计全年地区生产总值增长5.2%左右,一般公共预算收入增长3%。");
        Assert.Equal(["5.2% 地区生产总值", "3% 一般公共预算收入"], Extract.Brief(facts));
        Assert.All(facts, f => Assert.Equal((Kinds.Actual, "2020", Qualifiers.Estimate), (f.Kind, f.Period, f.Qualifier)));
        Assert.Equal([Comparators.About, Comparators.Equal], facts.Select(f => f.Comparator));
    }

    [Fact]
    public void Yu_ji_before_the_verb_is_an_estimate_and_no_part_of_the_subject()
    {
        var facts = Extract.From("新增企业800家,软件业务收入预计增长16%。");
        Assert.Equal([null, Qualifiers.Estimate], facts.Select(f => f.Qualifier));
        Assert.Equal("软件业务收入", facts[1].Subject);
    }

    [Fact]
    public void A_real_qualifier_wins_over_an_assurance()
    {
        var fact = Extract.Single("确保科技投入增长10%以上。", PeriodScopes.Year);
        Assert.Equal((Comparators.AtLeast, "以上"), (fact.Comparator, fact.Qualifier));
    }

    [Theory]
    [InlineData("单位GDP能耗下降3.5%。", Directions.Down)]
    [InlineData("会议经费压减20%。", Directions.Down)]
    [InlineData("压减一般性支出1.2亿元。", Directions.Down)]
    [InlineData("碳排放强度较上年降低4%。", Directions.Down)]
    [InlineData("城乡收入差距缩小0.1个百分点。", Directions.Down)]
    [InlineData("社会消费品零售总额比上年增长9.1%。", Directions.Up)]
    [InlineData("居民存款余额提高12%。", Directions.Up)]
    public void A_change_verb_makes_a_change_with_its_direction_and_a_positive_value(string text, string direction)
    {
        var fact = Extract.Single(text);
        Assert.Equal((Measures.Change, direction), (fact.Measure, fact.Direction));
        Assert.True(fact.Value > 0);
    }

    [Theory]
    [InlineData("不良贷款率降至0.9%。")]
    [InlineData("不良贷款率下降到0.9%。")]
    [InlineData("企业数量增加到1200家。")]
    public void Falling_to_or_growing_to_a_value_is_a_level(string text)
    {
        var fact = Extract.Single(text);
        Assert.Equal((Measures.Level, null), (fact.Measure, fact.Direction));
    }

    [Fact]
    public void A_count_in_chinese_numerals_is_an_edge_number()
    {
        var fact = Extract.Single("区政府确定了十五个重点民生项目,提请大会票决。");
        Assert.Equal((15m, "十五", "个", Tiers.Edge), (fact.Value, fact.ValueText, fact.Unit, fact.Tier));
    }

    [Fact]
    public void Breaking_a_chinese_magnitude_is_an_edge_number_above_it()
    {
        var fact = Extract.Single("全区生产总值突破两千亿大关。");
        Assert.Equal((2000m, "亿", Comparators.Above, "突破", Tiers.Edge), (fact.Value, fact.Unit, fact.Comparator, fact.Qualifier, fact.Tier));
        Assert.Equal("全区生产总值突破两千亿大关", fact.SourceText);
    }

    [Theory]
    [InlineData("仅用18天实现新增病例清零。")]
    [InlineData("建成城市社区15分钟生活圈。")]
    [InlineData("综合实力排名全省前5名。")]
    [InlineData("入选全国百强区,排名上升3个位次。")]
    public void Durations_time_circles_and_rankings_are_edge(string text) =>
        Assert.Equal(Tiers.Edge, Extract.Single(text).Tier);

    [Fact]
    public void A_count_of_days_is_core() =>
        Assert.Equal(Tiers.Core, Extract.Single("空气质量优良天数达到350天。").Tier);
}
