using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>Numbers and units: what is written stays as written; the normalised value applies the scale.</summary>
public class GrammarRulesTests
{
    [Theory]
    [InlineData("全年完成工业投资56.7亿元。", 56.7, "亿元", 5670000000, NormalizedUnits.Cny)]
    [InlineData("城镇新增就业3.4万人。", 3.4, "万人", 34000, NormalizedUnits.Persons)]
    [InlineData("实现自营出口12.5亿美元。", 12.5, "亿美元", 1250000000, NormalizedUnits.Usd)]
    [InlineData("出口占全国份额2.3‰。", 2.3, "‰", 2.3, NormalizedUnits.Permille)]
    [InlineData("森林覆盖率达到61.5%。", 61.5, "%", 61.5, NormalizedUnits.Percent)]
    [InlineData("复垦耕地1.2万亩。", 1.2, "万亩", 12000, NormalizedUnits.Mu)]
    [InlineData("新建绿道35公里。", 35, "公里", 35, NormalizedUnits.Kilometres)]
    [InlineData("建成保障性住房8万平方米。", 8, "万平方米", 80000, NormalizedUnits.SquareMetres)]
    [InlineData("安置困难农户320户。", 320, "户", 320, NormalizedUnits.Households)]
    [InlineData("培育示范企业18家。", 18, "家", 18, NormalizedUnits.Count)]
    [InlineData("实现税收1,234.5万元。", 1234.5, "万元", 12345000, NormalizedUnits.Cny)]
    [InlineData("人均预期寿命达到82.3岁。", 82.3, "岁", 82.3, NormalizedUnits.Years)]
    [InlineData("走访企业1.2万家次。", 1.2, "万家次", 12000, NormalizedUnits.Times)]
    [InlineData("PM2.5平均浓度降至28微克/立方米。", 28, "微克/立方米", 28, NormalizedUnits.MicrogramsPerCubicMetre)]
    [InlineData("全市生产总值达到3.25万亿元。", 3.25, "万亿元", 3250000000000, NormalizedUnits.Cny)]
    [InlineData("全年进出口总额达到1.8万亿美元。", 1.8, "万亿美元", 1800000000000, NormalizedUnits.Usd)]
    [InlineData("粮食产量稳定在318亿斤。", 318, "亿斤", 15900000000, NormalizedUnits.Kilograms)]
    [InlineData("粮食总产量达到52.6万吨。", 52.6, "万吨", 526000, NormalizedUnits.Tonnes)]
    [InlineData("全员劳动生产率达到21.5万元/人。", 21.5, "万元/人", 215000, NormalizedUnits.CnyPerPerson)]
    [InlineData("新增光伏装机65万千瓦。", 65, "万千瓦", 650000, NormalizedUnits.Kilowatts)]
    [InlineData("新增储能装机120兆瓦。", 120, "兆瓦", 120000, NormalizedUnits.Kilowatts)]
    [InlineData("全社会用电量达到860亿千瓦时。", 860, "亿千瓦时", 86000000000, NormalizedUnits.KilowattHours)]
    [InlineData("人口自然增长率为3.2‰。", 3.2, "‰", 3.2, NormalizedUnits.Permille)]
    public void A_number_keeps_its_written_unit_and_gets_a_scaled_normalised_value(
        string text, double value, string unit, double normalized, string normalizedUnit)
    {
        var fact = Extract.Single(text);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal((decimal)normalized, fact.NormalizedValue);
        Assert.Equal(normalizedUnit, fact.NormalizedUnit);
        Assert.Equal(Measures.Level, fact.Measure);
    }

    [Theory]
    [InlineData("居民消费价格涨幅在3%以内。", "居民消费价格涨幅")]
    [InlineData("粮食产量继续保持300亿斤以上。", "粮食产量")]
    [InlineData("地表水优良比例稳定在90%以上。", "地表水优良比例")]
    [InlineData("重点工业企业用电量预计增长9%。", "重点工业企业用电量")]
    public void Verbs_of_standing_at_a_value_are_no_part_of_the_subject(string text, string subject) =>
        Assert.Equal(subject, Extract.Single(text, PeriodScopes.Year).Subject);

    [Fact]
    public void A_normalised_value_has_no_trailing_zeros() =>
        Assert.Equal("12600", Extract.Single("新增大学生1.26万人。").NormalizedValue!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_full_width_number_is_read_and_its_source_text_stays_verbatim()
    {
        var facts = Extract.From("全区生产总值１２００亿元，增长８％以上。");
        Assert.Equal(["1200亿元 全区生产总值", "8% 全区生产总值"], Extract.Brief(facts));
        Assert.Equal("1200", facts[0].ValueText);
        Assert.Equal("全区生产总值１２００亿元，增长８％以上", facts[1].SourceText);
        Assert.Equal((Comparators.AtLeast, "以上"), (facts[1].Comparator, facts[1].Qualifier));
    }

    [Fact]
    public void Whitespace_inside_a_number_phrase_stays_in_the_verbatim_span()
    {
        var fact = Extract.Single("一般公共预算收入　42.1 亿元。");
        Assert.Equal("一般公共预算收入　42.1 亿元", fact.SourceText);
        Assert.Equal("亿元", fact.Unit);
    }

    [Fact]
    public void A_level_and_its_growth_are_two_related_facts_of_one_subject()
    {
        var facts = Extract.From("全年实现规上工业增加值320.5亿元,同比增长6.8%。");
        Assert.Equal(["320.5亿元 规上工业增加值", "6.8% 规上工业增加值"], Extract.Brief(facts));
        Assert.Equal((Measures.Level, null), (facts[0].Measure, facts[0].Direction));
        Assert.Equal((Measures.Change, Directions.Up), (facts[1].Measure, facts[1].Direction));
        Assert.Equal([facts[1].Id], facts[0].RelatedIds);
        Assert.Equal([facts[0].Id], facts[1].RelatedIds);
    }

    [Fact]
    public void A_count_written_before_its_noun_takes_the_noun_as_subject()
    {
        var facts = Extract.From("改造提升15个老旧小区,完成3200幢农房和460户危房解危工作。");
        Assert.Equal(["15个 老旧小区", "3200幢 农房", "460户 危房解危工作"], Extract.Brief(facts));
    }

    [Fact]
    public void Ids_count_facts_in_paragraph_order()
    {
        var facts = Extract.From("新增企业12家、个体户300户。");
        Assert.Equal(["t-p1-n1", "t-p1-n2"], facts.Select(f => f.Id));
    }

    [Fact]
    public void A_verb_standing_alone_shares_the_object_before_it()
    {
        var facts = Extract.From("开工安置房项目9个、建成4个,完成投资31亿元。");
        Assert.Equal(["9个 开工安置房项目", "4个 建成安置房项目", "31亿元 安置房项目投资"], Extract.Brief(facts));
    }
}
