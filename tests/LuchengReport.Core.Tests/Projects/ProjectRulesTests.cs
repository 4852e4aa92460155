using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

/// <summary>The extraction rules on small inline texts about projects no table could know.</summary>
public class ProjectRulesTests
{
    static IReadOnlyList<Project> Extract(params string[] paragraphs) => ProjectExtractor.Extract(TinyReport.Plan(paragraphs));
    static IEnumerable<string> Names(params string[] paragraphs) => Extract(paragraphs).Select(p => p.Name);

    [Fact]
    public void A_name_is_cut_from_the_verb_before_it_and_the_works_word_after_it()
    {
        var projects = Extract("启动飞云江大桥建设,落地浙江大学瑞安研究院,开工建设塘下至莘塍公路三期。");
        Assert.Equal(["飞云江大桥", "浙江大学瑞安研究院", "塘下至莘塍公路三期"], projects.Select(p => p.Name));
        Assert.Equal(["启动", "落地", "开工建设"], projects.Select(p => p.Mentions[0].Status));
        Assert.All(projects, p => Assert.Equal("2022", p.Mentions[0].Period));
    }

    [Fact]
    public void Two_names_joined_by_he_are_two_projects_and_a_verb_after_them_is_their_status()
    {
        var projects = Extract("市妇幼保健院新院和区疾控中心大楼建成投用。");
        Assert.Equal(["市妇幼保健院新院", "区疾控中心大楼"], projects.Select(p => p.Name));
        Assert.All(projects, p => Assert.Equal("建成投用", p.Mentions[0].Status));
    }

    [Fact]
    public void Verbs_and_function_words_inside_place_names_do_not_cut_them() =>
        Assert.Equal(["开发区科创园", "新建村未来社区", "和平广场", "向阳大桥"],
            Names("开工建设开发区科创园、新建村未来社区和和平广场,推进向阳大桥建设。"));

    [Fact]
    public void Counted_titled_and_generic_phrases_are_not_projects() =>
        Assert.Empty(Names("新增省级企业研究院2家,落地院士产业化项目1个,全力推进重点项目建设,开竣工小微企业园各1个以上,创成省级特色小镇,实施集团办学创新工程。"));

    [Fact]
    public void A_list_closed_by_projects_makes_projects_of_members_without_a_head_word() =>
        Assert.Equal(["瑞安动漫文创园", "杭州数字运营中心", "蜻蜓有声阅读"],
            Names("加快推进瑞安动漫文创园、杭州数字运营中心、蜻蜓有声阅读等重点项目建设。"));

    [Fact]
    public void A_list_closed_by_brands_or_measures_holds_no_projects() =>
        Assert.Empty(Names("迭代升级“平安乐巡”“雪亮工程”“智慧应急一张图”等智慧治理品牌,继续扩大“房源超市”等区级改革项目实效。"));

    [Fact]
    public void A_list_of_names_lends_its_head_to_a_member_without_one_and_its_descriptor_to_short_members()
    {
        Assert.Equal(["安阳鞋都", "瑞光园", "汽摩配产业园区"], Names("狠抓安阳鞋都、瑞光园、汽摩配产业园区提质扩容。"));
        Assert.Equal(["忠义历史文化街区", "虹桥历史文化街区", "西山坊历史文化街区"], Names("同步推进忠义、虹桥、西山坊历史文化街区保护开发。"));
    }

    [Fact]
    public void A_short_form_is_an_alias_where_the_paragraph_names_the_rest()
    {
        var projects = Extract("玉海楼东园等一批优质项目精彩亮相。", "系统谋划玉海楼整体提升,全面完成东园改造。");
        var garden = Assert.Single(projects);
        Assert.Equal("玉海楼东园", garden.Name);
        Assert.Equal(["东园", "东园改造"], garden.Aliases);
        Assert.Equal(["亮相", "完成"], garden.Mentions.Select(m => m.Status));
    }

    [Fact]
    public void Idioms_and_slogans_ending_like_names_are_not_projects() =>
        Assert.Empty(Names("用众志成城构筑起战疫的钢铁长城,积极推进清廉瑞安建设,聚焦“两线两片”。"));

    [Fact]
    public void Reads_another_districts_plan_without_knowing_any_of_its_names()
    {
        var names = Names(
            "加快推进杭温高铁、金丽温高速东延等重大项目建设,建成投用瑞安市人民医院新院区,启动实施老旧小区改造提升工程,打造一批特色小镇,建设一批未来社区,推进产业园区提质扩容,全力打造国家级经济技术开发区。",
            "开工建设温州南站综合交通枢纽二期,完成飞云江治理二期工程,开通瑞安至温州轻轨S1线,启动瑞安市档案馆新馆建设,加快温州湾新区建设。").ToList();
        Assert.Equal(["杭温高铁", "金丽温高速东延", "瑞安市人民医院新院区", "温州南站综合交通枢纽二期", "飞云江治理二期工程",
            "瑞安至温州轻轨S1线", "瑞安市档案馆新馆", "温州湾新区"], names);
    }

    [Fact]
    public void The_period_follows_the_part_a_paragraph_sits_in()
    {
        var report = TinyReport.Of(2022,
            ("一、2021年工作回顾", ["飞云江大桥正式通车。", "过去五年,东山大道全线贯通。"]),
            ("二、“十四五”时期的奋斗目标", ["高标准推进瑞安国际未来智造岛建设。"]),
            ("三、2022年工作安排", ["开工建设滨海快速路。"]));
        var periods = ProjectExtractor.Extract(report).ToDictionary(p => p.Name, p => p.Mentions[0].Period);
        Assert.Equal("2021", periods["飞云江大桥"]);
        Assert.Equal("2021-2025", periods["瑞安国际未来智造岛"]);
        Assert.Equal("2022", periods["滨海快速路"]);
    }
}
