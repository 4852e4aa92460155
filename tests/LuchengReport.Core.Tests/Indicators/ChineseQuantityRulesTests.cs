using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>
/// Shares and quantities written in Chinese numerals, as older reports write every figure, are facts like their
/// Arabic twins: the value is what the words say, or nothing where the words could be read two ways.
/// </summary>
public class ChineseQuantityRulesTests
{
    [Theory]
    [InlineData("全县工业总产值比上一年增长百分之十一点八。", 11.8, "%", "全县工业总产值")]
    [InlineData("人口自然增长率降到千分之九点五。", 9.5, "‰", "人口自然增长率")]
    [InlineData("棉花产量比一九六二年增长一点五倍。", 1.5, "倍", "棉花产量")]
    [InlineData("出口比重提高了三个百分点。", 3, "个百分点", "出口比重")]
    [InlineData("粮食产量达到八千亿斤。", 8000, "亿斤", "粮食产量")]
    [InlineData("原煤产量达到六亿二千万吨。", 62000, "万吨", "原煤产量")]
    [InlineData("发电量达到四千四百亿千瓦小时。", 4400, "亿千瓦小时", "发电量")]
    [InlineData("水电装机容量达到二百八十万千瓦。", 280, "万千瓦", "水电装机容量")]
    [InlineData("选出代表共五百零六万九千一百四十四名。", 5069144, "名", "选出代表共")]
    public void A_figure_in_words_is_read_with_its_unit(string text, double value, string unit, string subject)
    {
        var fact = Extract.Single(text);
        Assert.Equal(((decimal)value, unit, subject), (fact.Value, fact.Unit, fact.Subject));
    }

    [Fact]
    public void A_scale_in_words_is_normalised_like_a_scale_after_digits() =>
        Assert.Equal(400_000_000_000m, Extract.Single("粮食产量达到八千亿斤。").NormalizedValue);

    [Fact]
    public void More_than_and_about_after_words_are_comparators_as_after_digits()
    {
        var facts = Extract.From("财政收入两万多亿元,比上年增长百分之三十左右。");
        Assert.Equal([(20000m, "亿元", Comparators.Above), (30m, "%", Comparators.About)],
            facts.Select(f => (f.Value, f.Unit, f.Comparator)).ToArray());
    }

    [Fact]
    public void A_share_whose_high_end_is_written_bare_is_one_range() =>
        AssertRange(Extract.Single("今年工业总产值增长百分之八至九。", PeriodScopes.Year), 8, 9, "%");

    [Fact]
    public void A_quantity_whose_low_end_is_written_without_its_unit_is_one_range() =>
        AssertRange(Extract.Single("地方建设投资可以节省七十亿到一百亿元。", PeriodScopes.Year), 70, 100, "亿元");

    [Fact]
    public void A_bare_low_end_without_a_scale_is_counted_in_the_high_ends() =>
        AssertRange(Extract.Single("全年铁矿石产量五到六亿吨。", PeriodScopes.Year), 5, 6, "亿吨");

    static void AssertRange(LuchengReport.Core.Indicators.Indicator fact, decimal low, decimal high, string unit) =>
        Assert.Equal((low, (decimal?)high, unit, Comparators.Between), (fact.Value, fact.ValueHigh, fact.Unit, fact.Comparator));

    [Theory]
    [InlineData("产量增长百分之五到十万吨。")]
    [InlineData("产量增长百分之五到十吨。")]
    [InlineData("产量增长百分之五至九月底。")]
    public void The_numerals_after_a_range_mark_that_run_into_a_scale_a_unit_or_a_date_are_no_bare_high_end(string text) =>
        Assert.All(Extract.From(text, PeriodScopes.Year), f => Assert.Null(f.ValueHigh));

    [Theory]
    [InlineData("粮食增产二三十亿斤。")]
    [InlineData("棉花收购一百五万吨。")]
    [InlineData("各县增产百分之十几。")]
    [InlineData("各县增产百分之二、三。")]
    [InlineData("千方百计增加生产,百花齐放。")]
    [InlineData("建成十万吨级码头。")]
    [InlineData("以十倍的努力完成任务。")]
    [InlineData("全国十三亿人民团结一心。")]
    [InlineData("走好最后一公里。")]
    [InlineData("招收三名学员。")]
    [InlineData("工期九十天。")]
    [InlineData("数十万吨物资运抵灾区。")]
    public void Words_read_two_ways_sayings_classes_and_small_counts_give_no_facts(string text) =>
        Assert.Empty(Extract.From(text));

    [Fact]
    public void Points_in_words_are_a_change_of_a_share_not_a_count() =>
        Assert.Equal(["3个百分点 出口比重"], Extract.Brief(Extract.From("出口比重下降了三个百分点。")));

    [Fact]
    public void A_year_in_digits_after_比_is_the_base_not_part_of_the_subject() =>
        Assert.Equal("钢产量", Extract.Single("钢产量比一九七八年增长百分之十二。").Subject);

    [Theory]
    [InlineData("农业产值每年递增百分之七。", "农业产值", Directions.Up)]
    [InlineData("粮食比上年增产百分之三。", "粮食", Directions.Up)]
    [InlineData("生产成本将降低百分之八。", "生产成本", Directions.Down)]
    public void Older_change_words_and_adverbs_stay_out_of_the_subject(string text, string subject, string direction)
    {
        var fact = Extract.Single(text, PeriodScopes.Year);
        Assert.Equal((subject, Measures.Change, direction), (fact.Subject, fact.Measure, fact.Direction));
    }

    [Fact]
    public void Telephone_lines_are_counted_in_门()
    {
        var fact = Extract.Single("城乡电话交换机容量达到2800万门。");
        Assert.Equal((2800m, "万门"), (fact.Value, fact.Unit));
    }
}
