namespace LuchengReport.Core.Tests.Indicators;

/// <summary>Numbers that measure nothing: dates, years, ordinals, editions, names, slogans and codes.</summary>
public class ExclusionRulesTests
{
    [Theory]
    [InlineData("2021年3月5日召开第十届人民代表大会第二次会议。")]
    [InlineData("制定出台“惠企35条”“稳外贸20条”等政策。")]
    [InlineData("加快推进104国道改造和地铁M2线、市域铁路S1线建设。")]
    [InlineData("承办2022世界青年科学家峰会,推进“3+25+31”项成果转化。")]
    [InlineData("推动“三服务”2.0版和2021版新清单落地。")]
    [InlineData("庆祝中国共产党成立100周年。")]
    [InlineData("P2P网贷机构全面出清,PM2.5浓度持续下降。")]
    [InlineData("第3批试点名单公布。")]
    [InlineData("联手世界500强企业共建产业园。")]
    [InlineData("严格落实中央八项规定精神,开展“八五”普法。")]
    [InlineData("新建3岁以下婴幼儿照护服务中心。")]
    [InlineData("为年满60岁的老人发放补贴。")]
    [InlineData("建成24小时自助图书馆,推广15分钟便民服务。")]
    [InlineData("统一社会信用代码1234567890123456789012345678901234567890号。")]
    [InlineData("开展“双11”购物节和3·15消费维权活动,打造G60科创走廊。")]
    public void Text_without_measurements_gives_no_facts(string text) => Assert.Empty(Extract.From(text));

    [Fact]
    public void A_code_next_to_a_count_leaves_only_the_count()
    {
        Assert.Equal(["2300个 建成5G基站"], Extract.Brief(Extract.From("建成5G基站2300个。")));
        Assert.Equal(["3个 新增4A级景区"], Extract.Brief(Extract.From("新增4A级景区3个。")));
        Assert.Equal(["4个 落地省152项目"], Extract.Brief(Extract.From("落地省“152”项目4个。")));
    }

    [Fact]
    public void A_threshold_that_defines_what_is_counted_is_not_a_fact()
    {
        Assert.Equal(["12个 落地10亿元以上项目"], Extract.Brief(Extract.From("落地10亿元以上项目12个。")));
        Assert.Equal(["8幢 培育年税收超5000万元的楼宇"], Extract.Brief(Extract.From("培育年税收超5000万元的楼宇8幢。")));
    }

    [Fact]
    public void A_long_quotation_is_prose_and_keeps_its_numbers()
    {
        var facts = Extract.From("提出“到2025年全区生产总值达到1500亿元,城乡居民收入持续增长”的目标。");
        Assert.Equal([1500m], facts.Select(f => f.Value));
    }
}
