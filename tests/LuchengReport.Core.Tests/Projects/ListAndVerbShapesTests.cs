using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

/// <summary>
/// Lists of kinds, quantifiers of many and verbs before or after a name, each beside a real name of the same shape
/// that must still be found. Invented places and names throughout.
/// </summary>
public class ListAndVerbShapesTests
{
    static IReadOnlyList<Project> Extract(params string[] paragraphs) => ProjectExtractor.Extract(TinyReport.Plan(paragraphs));
    static List<string> Names(params string[] paragraphs) => Extract(paragraphs).Select(p => p.Name).ToList();

    [Fact]
    public void A_verb_opening_a_name_is_cut_off()
    {
        Assert.Equal(["青田陆港保税物流中心(B型)"], Names("申建青田陆港保税物流中心(B型)。"));
        Assert.Equal(["青田人才服务平台"], Names("建好用好青田人才服务平台。"));
        Assert.Equal(["青田侨乡服务平台"], Names("上线青田侨乡服务平台。"));
    }

    [Fact]
    public void A_verb_of_an_event_after_a_list_member_is_not_part_of_its_name()
    {
        var names = Names("浙江大学青田研究院、青田大学医学院揭牌成立,青田博物馆、侨乡革命纪念馆落成开放。");
        Assert.Contains("青田大学医学院", names);
        Assert.Contains("侨乡革命纪念馆", names);
        Assert.DoesNotContain(names, n => n.Contains("揭牌") || n.Contains("落成"));
    }

    [Fact]
    public void A_quantifier_of_many_before_a_list_makes_its_members_kinds()
    {
        Assert.Empty(Names("建设一批瓯江科创中心、飞云科创中心。"));
        Assert.Equal(["瓯江科创中心", "飞云科创中心"], Names("建设瓯江科创中心、飞云科创中心。"));
    }

    [Fact]
    public void A_name_the_text_counts_somewhere_is_a_kind_everywhere()
    {
        Assert.Empty(Names("新获批8个国家级侨乡农民创业园。", "提档升级侨乡农民创业园。"));
        Assert.Equal(["侨乡农民创业园"], Names("提档升级侨乡农民创业园。"));
    }

    [Fact]
    public void A_list_made_mostly_of_trades_holds_no_projects()
    {
        Assert.Empty(Names("实施新一代信息技术、海工装备、新能源、生物医药等重点项目。"));
        Assert.Equal(["晶科光伏", "瓯江装备", "青田石雕"], Names("实施晶科光伏、瓯江装备、青田石雕等重点项目。"));
    }

    [Fact]
    public void A_member_naming_a_kind_of_works_is_not_a_name()
    {
        Assert.Empty(Names("继续实施天然林保护等重点生态工程。"));
        Assert.Equal(["青田湿地", "瓯江绿廊"], Names("继续实施青田湿地、瓯江绿廊等重点生态工程。"));
    }

    [Fact]
    public void A_list_item_with_a_verb_of_its_own_is_a_clause()
    {
        Assert.Equal(["温州湾新区"], Names("支持温州湾新区建设、加快南雁荡全方位高质量发展。"));
        Assert.Equal(["温州湾新区", "南雁荡山度假区"], Names("支持温州湾新区、南雁荡山度假区建设。"));
        Assert.Contains("宁淮城际铁路", Names("加快杭温高铁、通苏嘉甬高铁和宁淮城际铁路等重大项目建设。"));
    }

    [Fact]
    public void A_list_member_holding_a_head_with_more_words_after_it_is_a_clause()
    {
        Assert.Equal(["青田公路大桥"], Names("推进青田公路大桥、瓯江铁路大桥运营效能提升。"));
        Assert.Equal(["青田公路大桥", "侨乡家园路东延"], Names("推进青田公路大桥、侨乡家园路东延。"));
    }

    [Fact]
    public void A_short_stem_beside_a_named_list_member_is_not_a_name()
    {
        Assert.DoesNotContain("继青田", Names("继青田、文成公路通车之后。"));
        Assert.Contains("雁荡山庄", Names("雁荡山庄、文成公路通车之后。"));
    }

    [Theory]
    [InlineData("完成青田水库扩建工程。", "青田水库扩建工程", ProjectCategories.EnvironmentWater)]
    [InlineData("开工瓯江航道整治工程。", "瓯江航道整治工程", ProjectCategories.Transport)]
    [InlineData("建成青田县博物馆新馆。", "青田县博物馆新馆", ProjectCategories.CultureTourism)]
    [InlineData("建设青田高新区。", "青田高新区", ProjectCategories.IndustrialPark)]
    [InlineData("建成青田康复中心。", "青田康复中心", ProjectCategories.PublicService)]
    public void Categories_come_from_general_words(string paragraph, string name, string category) =>
        Assert.Equal(category, Extract(paragraph).Single(p => p.Name == name).Category);
}
