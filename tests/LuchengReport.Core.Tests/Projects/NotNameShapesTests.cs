using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

/// <summary>
/// Shapes that end like a project name but are not one (counts, ranks, slogans, honours, sentences, kinds), each beside
/// a real name of the same shape that must still be found. Invented places and names throughout.
/// </summary>
public class NotNameShapesTests
{
    static List<string> Names(params string[] paragraphs) =>
        ProjectExtractor.Extract(TinyReport.Plan(paragraphs)).Select(p => p.Name).ToList();

    [Fact]
    public void A_count_with_a_measure_word_makes_a_kind_but_a_phase_names_one()
    {
        Assert.DoesNotContain(Names("建好丽水、衢州2个省级数字产业园。"), n => n.Contains("产业园"));
        Assert.Contains("衢州数字产业园二期", Names("建好衢州数字产业园二期。"));
    }

    [Fact]
    public void A_thing_described_by_its_rank_is_not_named()
    {
        Assert.Empty(Names("建成全县首个冰壶运动馆。"));
        Assert.Contains("青田冰壶运动馆", Names("建成青田冰壶运动馆。"));
    }

    [Fact]
    public void A_stretch_holding_a_date_is_not_a_name()
    {
        Assert.Empty(Names("全年投资超过2016年到2020年全县公路建设投资总和。"));
        Assert.Contains("青田至文成公路", Names("建成青田至文成公路。"));
    }

    [Fact]
    public void A_slogan_of_the_form_x_of_y_is_not_a_city()
    {
        Assert.Empty(Names("打造青田侨乡之城。"));
        Assert.Contains("青田侨乡城", Names("打造青田侨乡城。"));
    }

    [Fact]
    public void An_honour_is_not_a_project()
    {
        Assert.Empty(Names("创成双拥模范城。"));
        Assert.Contains("青田国际商贸城", Names("建成青田国际商贸城。"));
    }

    [Fact]
    public void A_name_ending_in_a_quote_with_a_number_or_an_operator_is_a_slogan()
    {
        Assert.Empty(Names("主动对接杭州“三个中心”建设。"));
        Assert.Empty(Names("全面推进“人工智能+”、“数据要素×”等系统工程。"));
        Assert.Contains("青田“侨乡小镇”", Names("谋划打造青田“侨乡小镇”。"));
        Assert.Contains(Names("全面推进“瓯江山水”、“青田石雕”等系统工程。"), n => n.Contains("瓯江山水"));
    }

    [Fact]
    public void Moving_into_the_city_is_not_a_city()
    {
        Assert.Empty(Names("积极推动青田农业转移人口进城落户。"));
        Assert.Contains("青田石雕城", Names("积极推动青田石雕城落户。"));
    }

    [Fact]
    public void A_sentence_ending_in_a_head_word_is_not_a_name()
    {
        Assert.Empty(Names("经济工作是中心。"));
        Assert.Empty(Names("基本做到县县有图书馆。"));
        Assert.Contains("青田县图书馆新馆", Names("建成青田县图书馆新馆。"));
    }

    [Fact]
    public void A_slogan_of_parallel_phrases_is_not_a_bridge()
    {
        Assert.Empty(Names("推进两岸通水通电通气通桥。"));
        Assert.Contains("通济大桥", Names("建成通济大桥。"));
    }

    [Fact]
    public void A_class_of_things_is_not_one_thing()
    {
        Assert.Empty(Names("建设青田技术攻关类平台。"));
        Assert.Contains("青田技术攻关平台", Names("建设青田技术攻关平台。"));
    }

    [Fact]
    public void A_manner_in_quotes_is_not_a_name_of_its_own()
    {
        Assert.Empty(Names("建好“网约式”零工平台。"));
        Assert.Contains("“瓯江号”零工平台", Names("建好“瓯江号”零工平台。"));
    }

    [Fact]
    public void Field_scope_and_facility_words_alone_name_a_kind()
    {
        Assert.Empty(Names("加快建设国家医学中心,加强国际学校、国际社区建设。"));
        Assert.Contains("青田医学中心", Names("加快建设青田医学中心。"));
    }

    [Fact]
    public void A_programme_named_by_a_kind_of_land_names_no_place()
    {
        Assert.Empty(Names("实施江河堤防加固工程,推进经济薄弱村提升工程。"));
        Assert.Equal(["瓯江堤防加固工程", "青田村提升工程"], Names("实施瓯江堤防加固工程,推进青田村提升工程。"));
    }

    [Fact]
    public void A_bank_is_a_project_only_where_it_is_set_up()
    {
        Assert.Empty(Names("中国青田银行在境内外成功上市。"));
        Assert.Contains("青田侨乡银行", Names("落地青田侨乡银行。"));
    }
}
