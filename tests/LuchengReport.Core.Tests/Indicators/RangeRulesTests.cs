using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>A range ("增长6.5%-7%") is one fact: its low end the value, its high end valueHigh, comparator between.</summary>
public class RangeRulesTests
{
    [Theory]
    [InlineData("地区生产总值增长6.5%-7%。", 6.5, 7)]
    [InlineData("地区生产总值增长5.0%—5.5%。", 5.0, 5.5)]
    [InlineData("地区生产总值增长6.5%至7%。", 6.5, 7)]
    [InlineData("地区生产总值增长6.5—7%。", 6.5, 7)]
    [InlineData("地区生产总值增长6.5%–7%。", 6.5, 7)]
    [InlineData("地区生产总值增长3%~4%。", 3, 4)]
    [InlineData("地区生产总值增长６．５％－７％。", 6.5, 7)]
    public void A_range_is_one_fact_with_its_low_and_high_ends(string text, double low, double high)
    {
        var fact = Extract.Single(text, PeriodScopes.Year);
        Assert.Equal(((decimal)low, (decimal?)high, "%"), (fact.Value, fact.ValueHigh, fact.Unit));
        Assert.Equal((Comparators.Between, Measures.Change, Directions.Up), (fact.Comparator, fact.Measure, fact.Direction));
        Assert.Equal("地区生产总值", fact.Subject);
    }

    [Fact]
    public void A_low_end_written_without_its_scale_takes_the_high_ends()
    {
        var fact = Extract.Single("全年完成固定资产投资80-90亿元。", PeriodScopes.Year);
        Assert.Equal((80m, (decimal?)90m, "亿元", 8000000000m), (fact.Value, fact.ValueHigh, fact.Unit, fact.NormalizedValue));
    }

    [Fact]
    public void A_counted_range_takes_the_noun_after_it()
    {
        var fact = Extract.Single("新建3-5个未来社区。", PeriodScopes.Year);
        Assert.Equal((3m, (decimal?)5m, "个", "未来社区"), (fact.Value, fact.ValueHigh, fact.Unit, fact.Subject));
    }

    [Fact]
    public void An_assurance_before_a_range_is_its_qualifier()
    {
        var fact = Extract.Single("力争外贸进出口增长4%-5%。", PeriodScopes.Year);
        Assert.Equal((Comparators.Between, "力争"), (fact.Comparator, fact.Qualifier));
    }

    [Fact]
    public void A_single_value_has_no_high_end() =>
        Assert.Null(Extract.Single("地区生产总值增长6%。", PeriodScopes.Year).ValueHigh);

    [Theory]
    [InlineData("地区生产总值增长7%-6%。")]
    [InlineData("投资规模5000万-1亿元。")]
    [InlineData("单个项目投资1亿-2万亿元不等。")]
    public void Ends_that_do_not_rise_or_differ_in_scale_are_two_facts(string text) =>
        Assert.Equal(2, Extract.From(text, PeriodScopes.Year).Count(f => f.ValueHigh is null));

    [Fact]
    public void Years_joined_by_a_dash_are_no_range() =>
        Assert.Equal(["8% 研发投入"], Extract.Brief(Extract.From("2021-2025年,研发投入年均增长8%。", PeriodScopes.Plan)));

    [Fact]
    public void From_x_to_y_with_zhi_stays_a_baseline_and_the_value_reached()
    {
        var facts = Extract.From("城镇化率由68%至70%。");
        Assert.Equal([(Kinds.Baseline, (decimal?)null), (Kinds.Actual, (decimal?)null)], facts.Select(f => (f.Kind, f.ValueHigh)));
    }
}
