using LuchengReport.Core.Import;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

public class CuratedProjectsTests
{
    const string Header = "name,action,value,comment\n";
    static string Text => RealSeed.Report.Text;

    static CuratedProjects Table(string rows) => CuratedProjects.Parse(Header + rows, "curated.csv", Text);

    [Fact]
    public void The_repository_table_loads_against_the_seed_and_every_row_has_a_reason()
    {
        var table = CuratedProjects.Load(RepoFiles.CuratedProjects, Text);
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Comment)));
    }

    [Fact]
    public void The_repository_table_only_refines_what_the_rules_found()
    {
        var without = ProjectExtractor.Extract(RealSeed.Report);
        var with = ProjectExtractor.Extract(RealSeed.Report, CuratedProjects.Load(RepoFiles.CuratedProjects, Text));
        Assert.Subset(without.Select(p => p.Name).ToHashSet(), with.Select(p => p.Name).ToHashSet());
        var score = Score.Of(with, LabelledProject.Projects);
        Assert.True(score.Recall >= 0.9 && score.Precision >= 0.95, score.ToString());
    }

    [Fact]
    public void An_alias_row_joins_a_name_the_rules_cannot_read_and_brings_its_mentions()
    {
        var projects = ProjectExtractor.Extract(RealSeed.Report, Table("区级公办养老服务中心,alias,区级公办养老机构,same facility\n"));
        var centre = projects.Single(p => p.Name == "区级公办养老服务中心");
        Assert.Contains("区级公办养老机构", centre.Aliases);
        Assert.Contains(centre.Mentions, m => m is { Period: "2020", Status: "开工建设", Surface: "区级公办养老机构" });
    }

    [Fact]
    public void An_exclude_row_removes_a_false_hit_and_a_category_row_overrides_the_rules()
    {
        var projects = ProjectExtractor.Extract(RealSeed.Report,
            Table("鹿城西部城市组团中心,exclude,,a planning aim\n解放街,category,urban-renewal,an old street renovated\n"));
        Assert.DoesNotContain(projects, p => p.Name == "鹿城西部城市组团中心");
        Assert.Equal(ProjectCategories.UrbanRenewal, projects.Single(p => p.Name == "解放街").Category);
    }

    [Fact]
    public void A_name_not_in_the_text_fails_naming_the_file_and_the_line()
    {
        var e = Assert.Throws<ImportException>(() => Table("温州国际未来科技岛,category,tech-platform,ok\n瑞安国际未来智造岛,exclude,,not in this report\n"));
        Assert.Equal("curated.csv", e.File);
        Assert.StartsWith("curated.csv: line 3:", e.Message);
        Assert.Contains("瑞安国际未来智造岛", e.Message);
    }

    [Theory]
    [InlineData("温州国际未来科技岛,alias,瑞安国际未来智造岛,alias not in the text\n", "alias \"瑞安国际未来智造岛\" does not occur")]
    [InlineData("温州国际未来科技岛,rename,x,unknown action\n", "action \"rename\" is not one of alias|category|exclude")]
    [InlineData("温州国际未来科技岛,category,science,unknown category\n", "category \"science\" is not one of")]
    [InlineData("温州国际未来科技岛,exclude,,\n", "every row needs a comment")]
    [InlineData("温州国际未来科技岛,exclude\n", "expected 4 fields, found 2")]
    [InlineData("\"温州国际未来科技岛,exclude,,unclosed\n", "a quoted field is never closed")]
    public void A_bad_row_fails_with_the_problem(string rows, string problem)
    {
        var e = Assert.Throws<ImportException>(() => Table(rows));
        Assert.Contains("line 2:", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_missing_header_fails_on_line_1()
    {
        var e = Assert.Throws<ImportException>(() => CuratedProjects.Parse("温州国际未来科技岛,exclude,,x\n", "curated.csv", Text));
        Assert.Equal("curated.csv: line 1: expected the header \"name,action,value,comment\"", e.Message);
    }
}
