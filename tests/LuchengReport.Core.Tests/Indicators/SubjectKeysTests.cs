using LuchengReport.Core.Indicators;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>The key one indicator shares across reports, whatever the spelling (issue 15, item 2).</summary>
public class SubjectKeysTests
{
    [Theory]
    [InlineData("地区生产总值", "生产总值")]
    [InlineData("地区生产总值", "国内生产总值")]
    [InlineData("地区生产总值", "全省地区生产总值")]
    [InlineData("地区生产总值", "全市生产总值")]
    [InlineData("地区生产总值", "经济增长")]
    [InlineData("地区生产总值", "经济")]
    [InlineData("地区生产总值", "ＧＤＰ")]
    [InlineData("居民消费价格", "居民消费价格涨幅")]
    [InlineData("居民消费价格", "居民消费价格指数")]
    [InlineData("居民消费价格", "居民消费价格总水平")]
    [InlineData("居民消费价格", "全国居民消费价格总水平涨幅")]
    [InlineData("居民消费价格涨幅", "居民消费价格涨幅回落到")]
    [InlineData("规模以上工业增加值", "规上工业增加值")]
    [InlineData("规模以上工业增加值", "规模工业增加值")]
    [InlineData("一般公共预算收入", "地方一般公共预算收入")]
    [InlineData("城镇新增就业", "新增城镇就业")]
    [InlineData("城镇调查失业率", "全区城镇调查失业率")]
    [InlineData("单位地区生产总值能耗", "单位国内生产总值能耗")]
    [InlineData("小升规工业企业", "新增“小升规”工业企业")]
    [InlineData("固定资产投资", "预计全年固定资产投资")]
    public void Spellings_of_one_indicator_share_a_key(string one, string other) =>
        Assert.Equal(SubjectKeys.Of(one), SubjectKeys.Of(other));

    [Theory]
    [InlineData("城镇调查失业率", "城镇登记失业率")]
    [InlineData("城镇居民人均可支配收入", "农村居民人均可支配收入")]
    [InlineData("地区生产总值", "国民生产总值")]
    [InlineData("地区生产总值", "单位地区生产总值能耗")]
    [InlineData("农村居民人均可支配收入", "农村居民人均纯收入")]
    [InlineData("一般公共预算收入", "一般公共预算支出")]
    [InlineData("全社会研发投入强度", "研发人员")]
    public void Different_indicators_keep_different_keys(string one, string other) =>
        Assert.NotEqual(SubjectKeys.Of(one), SubjectKeys.Of(other));

    [Fact]
    public void A_key_of_the_table_is_its_first_spelling_folded() =>
        Assert.Equal("地区生产总值", SubjectKeys.Of("全省生产总值"));

    [Fact]
    public void A_subject_the_table_does_not_know_keeps_its_own_key() =>
        Assert.Equal("高新技术企业", SubjectKeys.Of("新增高新技术企业"));

    [Theory]
    [InlineData("地区生产总值", "higher")]
    [InlineData("居民消费价格", "ceiling")]
    [InlineData("城镇调查失业率", "ceiling")]
    [InlineData("单位地区生产总值能耗", "ceiling")]
    [InlineData("粮食产量", "level")]
    public void Each_key_of_the_table_says_how_a_result_is_judged(string subject, string judged) =>
        Assert.Equal(judged, SubjectKeys.JudgedBy(SubjectKeys.Of(subject)));

    [Fact]
    public void A_key_the_table_does_not_know_has_no_judgement() => Assert.Null(SubjectKeys.JudgedBy(SubjectKeys.Of("高新技术企业")));

    [Fact]
    public void Scope_words_alone_are_not_dropped_to_nothing() => Assert.Equal("全省", SubjectKeys.Of("全省"));
}
