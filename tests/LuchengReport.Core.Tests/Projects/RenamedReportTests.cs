using System.Text;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

/// <summary>
/// The extractor knows no project names: on a copy of the report whose projects are renamed to invented names of the
/// same shape, it finds the invented ones.
/// </summary>
public class RenamedReportTests
{
    /// <summary>Real name → invented name of the same shape. Longer names first, so parts are not renamed twice.</summary>
    static readonly (string Real, string Invented)[] Renames =
    [
        ("四川大学温州鞋革产业研究院", "浙江大学瑞安汽配产业研究院"),
        ("四川大学温州鞋革研究院", "浙江大学瑞安汽配研究院"),
        ("戍浦江河道(藤桥至河口段)整治工程", "飞云江河道(塘下至江口段)整治工程"),
        ("安澜海塘七都标准堤改造加固工程", "丁山海塘东山标准堤改造加固工程"),
        ("长三角金融人才服务中心", "粤港澳金融人才服务中心"),
        ("温州数字影视文创园", "瑞安数字动漫文创园"),
        ("温州国际未来科技岛", "瑞安国际未来智造岛"),
        ("温瑞大道二期(鹿城段)", "瑞枫大道二期(瑞安段)"),
        ("中津先进科技研究院", "华昱先进材料研究院"),
        ("330国道官岭隧道", "56省道林垟隧道"),
        ("双屿“康养小镇”", "仙降“颐养小镇”"),
        ("喜马拉雅有声阅读", "蜻蜓有声阅读"),
        ("鹿城鞋艺小镇", "塘下汽配小镇"),
        ("七都大桥北汊桥", "江口大桥南汊桥"),
        ("区人民医院新院", "区中医院新院"),
        ("松台山提升工程", "隆山公园提升工程"),
        ("104国道鹿城段", "228国道瑞安段"),
        ("集新未来社区", "云周未来社区"),
        ("温州印象城", "瑞安吾悦城"),
        ("滨江商务区", "东山商务区"),
        ("沿江快速路", "滨海快速路"),
        ("鹿城广场", "安阳广场"),
        ("地铁M1线", "轻轨R2线"),
        ("炬光园", "瑞光园"),
        ("环贸港", "汇商港"),
        ("庆年坊", "忠义坊"),
        ("江心屿", "桐溪屿"),
    ];

    /// <summary>The invented names the extractor must serve (after list members take their shared descriptor).</summary>
    static readonly string[] Expected =
    [
        "浙江大学瑞安汽配产业研究院", "飞云江河道(塘下至江口段)整治工程", "丁山海塘东山标准堤改造加固工程", "粤港澳金融人才服务中心",
        "瑞安数字动漫文创园", "瑞安国际未来智造岛", "瑞枫大道二期(瑞安段)", "华昱先进材料研究院", "56省道林垟隧道",
        "仙降“颐养小镇”", "蜻蜓有声阅读", "塘下汽配小镇", "江口大桥南汊桥", "区中医院新院", "隆山公园提升工程",
        "228国道瑞安段", "云周未来社区", "瑞安吾悦城", "东山商务区", "滨海快速路", "安阳广场", "轻轨R2线", "瑞光园",
        "汇商港", "忠义坊历史文化街区", "桐溪屿东园", "桐溪屿西园", "桐溪屿整岛开发",
    ];

    static readonly Lazy<IReadOnlyList<Project>> Served = new(() =>
    {
        var text = Renames.Aggregate(RealSeed.Text, (t, r) => t.Replace(r.Real, r.Invented, StringComparison.Ordinal));
        return ProjectExtractor.Extract(ReportParser.Parse("renamed-2021", "renamed-2021.txt", Encoding.UTF8.GetBytes(text)));
    });

    static bool IsServed(string name) =>
        Served.Value.Any(p => new[] { p.Name }.Concat(p.Aliases).Any(n => LabelledProject.Key(n) == LabelledProject.Key(name)));

    [Fact]
    public void The_renaming_really_changed_the_text()
    {
        Assert.All(Renames, r => Assert.Contains(r.Real, RealSeed.Text));
        Assert.DoesNotContain(Served.Value, p => p.Name.Contains("温州国际未来科技岛"));
    }

    [Fact]
    public void Finds_at_least_80_percent_of_the_renamed_projects()
    {
        var missed = Expected.Where(n => !IsServed(n)).ToList();
        Assert.True(Expected.Length - missed.Count >= 0.8 * Expected.Length, "missed: " + string.Join(", ", missed));
    }

    [Theory]
    [InlineData("瑞安国际未来智造岛")]
    [InlineData("江口大桥南汊桥")]
    [InlineData("飞云江河道(塘下至江口段)整治工程")]
    [InlineData("228国道瑞安段")]
    [InlineData("蜻蜓有声阅读")]
    [InlineData("忠义坊历史文化街区")]
    public void Finds_an_invented_name_of_each_shape(string name) => Assert.True(IsServed(name), name);

    [Fact]
    public void Invented_variants_are_still_one_project()
    {
        var institute = Served.Value.Single(p => p.Name.StartsWith("浙江大学瑞安汽配", StringComparison.Ordinal));
        Assert.Contains("浙江大学瑞安汽配研究院", new[] { institute.Name }.Concat(institute.Aliases));
        Assert.Contains("东园", Served.Value.Single(p => p.Name == "桐溪屿东园").Aliases);
    }

    [Fact]
    public void Keeps_the_recall_of_the_labelled_list_on_the_renamed_copy()
    {
        string Rename(string name) => Renames.Aggregate(name, (t, r) => t.Replace(r.Real, r.Invented, StringComparison.Ordinal));
        var renamedLabels = LabelledProject.Projects
            .Select(l => new LabelledProject(Rename(l.Name), l.Label, l.Aliases.Select(Rename).ToList())).ToList();
        var score = Score.Of(Served.Value, renamedLabels);
        Assert.True(score.Recall >= 0.90 && score.Precision >= 0.85, score.ToString());
    }
}
