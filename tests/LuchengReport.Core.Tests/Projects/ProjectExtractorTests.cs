using System.Text;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Projects;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Tests.Projects;

public class ProjectExtractorTests
{
    static readonly Lazy<IReadOnlyList<Project>> Served = new(() => ProjectExtractor.Extract(RealSeed.Report));
    static IReadOnlyList<Project> Projects => Served.Value;
    static Project Named(string name) => Projects.Single(p => p.Name == name);

    [Fact]
    public void Finds_at_least_90_percent_of_the_labelled_projects_without_the_curated_table()
    {
        var score = Score.Of(Projects, LabelledProject.Projects);
        Assert.True(score.Recall >= 0.90, score.ToString());
    }

    [Fact]
    public void At_least_85_percent_of_what_it_serves_is_a_labelled_project_without_the_curated_table()
    {
        var score = Score.Of(Projects, LabelledProject.Projects);
        Assert.True(score.Precision >= 0.85, score.ToString());
    }

    [Fact]
    public void Serves_no_generic_phrase_shaped_like_a_name()
    {
        var generic = Projects.Where(p => LabelledProject.Generic.Any(g => g.Matches(p))).Select(p => p.Name);
        Assert.Empty(generic);
        Assert.DoesNotContain(Projects, p => p.Name is "重点项目" or "民生实事项目" or "改革试点" or "院士产业化项目" or "小微企业园");
    }

    [Fact]
    public void Every_quote_is_the_verbatim_span_of_its_paragraph_at_its_offsets()
    {
        var paragraphs = RealSeed.Report.Paragraphs.ToDictionary(p => p.Id);
        foreach (var mention in Projects.SelectMany(p => p.Mentions))
        {
            var paragraph = paragraphs[mention.ParagraphId];
            Assert.Equal(mention.Quote, paragraph.Text[mention.QuoteStart..mention.QuoteEnd]);
            Assert.Equal(paragraph.SectionId, mention.SectionId);
            Assert.Contains(mention.Surface, mention.Quote);
        }
    }

    [Fact]
    public void Ids_are_the_report_id_and_the_rank_of_the_first_mention_readable_in_a_url()
    {
        Assert.Equal("lucheng-2021-j1", Named("温州国际未来科技岛").Id);
        Assert.All(Projects, p => Assert.Matches("^lucheng-2021-j[0-9]+$", p.Id));
        Assert.Equal(Projects.Count, Projects.Select(p => p.Id).Distinct().Count());
        Assert.Equal(Projects.Select(p => p.Id), ProjectExtractor.Extract(RealSeed.Report).Select(p => p.Id));
    }

    [Fact]
    public void Every_category_and_period_is_one_of_the_allowed_values()
    {
        Assert.All(Projects, p => Assert.Contains(p.Category, ProjectCategories.All));
        Assert.All(Projects.SelectMany(p => p.Mentions), m => Assert.Contains(m.Period, new[] { "2020", "2016-2020", "2021", "2021-2025" }));
    }

    [Theory]
    [InlineData("四川大学温州鞋革产业研究院", "四川大学温州鞋革研究院")]
    [InlineData("江心屿东园", "东园")]
    [InlineData("江心屿西园", "西园")]
    [InlineData("五马街-禅街", "五马-禅街")]
    [InlineData("104国道鹿城段", "104国道鹿城段主体工程")]
    [InlineData("鹿城西部多式联运枢纽", "西部多式联运枢纽")]
    [InlineData("温州国际未来科技岛", "温州国际未来科技岛项目")]
    [InlineData("“城市大脑”鹿城分平台", "“1+2+6+N”“城市大脑”鹿城分平台")]
    [InlineData("市中心医院双屿院区扩建项目", "市中心医院双屿院区")]
    [InlineData("解放街", "解放街改造")]
    [InlineData("330国道藤桥段", "330国道藤桥段改建")]
    [InlineData("“先瓯原乡·戍浦新韵”乡村振兴示范带", "“先瓯原乡·戍浦新韵”")]
    public void Variants_of_one_name_are_one_project_with_aliases(string name, string alias) =>
        Assert.Contains(alias, Named(name).Aliases);

    [Theory]
    [InlineData("七都大桥北汊桥", "lucheng-2021-p7", "通车", "2020")]
    [InlineData("区人民医院新院", "lucheng-2021-p10", "建成投用", "2020")]
    [InlineData("戍浦江河道(藤桥至河口段)整治工程", "lucheng-2021-p7", "启动", "2020")]
    [InlineData("戍浦江河道(藤桥至河口段)整治工程", "lucheng-2021-p43", "建设", "2021")]
    [InlineData("温州国际未来科技岛", "lucheng-2021-p6", "启动", "2020")]
    [InlineData("温州国际未来科技岛", "lucheng-2021-p23", "推进", "2021-2025")]
    [InlineData("七都岛", "lucheng-2021-p14", null, "2016-2020")]
    [InlineData("绕城高速北线藤桥连接线改建工程", "lucheng-2021-p43", "开工建设", "2021")]
    [InlineData("330国道官岭隧道", "lucheng-2021-p43", "贯通", "2021")]
    [InlineData("鞋都四期", "lucheng-2021-p5", "启动", "2020")]
    public void A_mention_carries_the_verb_as_written_and_the_period_of_its_paragraph(string name, string paragraphId, string? status, string period)
    {
        var mention = Named(name).Mentions.First(m => m.ParagraphId == paragraphId);
        Assert.Equal((status, period), (mention.Status, mention.Period));
    }

    [Fact]
    public void The_shared_descriptor_of_a_list_goes_to_each_member()
    {
        foreach (var name in new[] { "五马-墨池历史文化街区", "朔门历史文化街区", "庆年坊历史文化街区" })
            Assert.Equal(ProjectCategories.CultureTourism, Named(name).Category);
        Assert.Equal("五马-墨池", Named("五马-墨池历史文化街区").Mentions.Single().Surface);
    }

    [Theory]
    [InlineData("七都大桥北汊桥", ProjectCategories.Transport)]
    [InlineData("区人民医院新院", ProjectCategories.PublicService)]
    [InlineData("四川大学温州鞋革产业研究院", ProjectCategories.TechPlatform)]
    [InlineData("轻工产业园区", ProjectCategories.IndustrialPark)]
    [InlineData("炬光园", ProjectCategories.IndustrialPark)]
    [InlineData("集新未来社区", ProjectCategories.UrbanRenewal)]
    [InlineData("温州数字影视文创园", ProjectCategories.CultureTourism)]
    [InlineData("喜马拉雅有声阅读", ProjectCategories.CultureTourism)]
    [InlineData("滨江商务区", ProjectCategories.Commerce)]
    [InlineData("安澜海塘七都标准堤改造加固工程", ProjectCategories.EnvironmentWater)]
    [InlineData("戍浦江河道(藤桥至河口段)整治工程", ProjectCategories.EnvironmentWater)]
    [InlineData("七都基金岛", ProjectCategories.Finance)]
    [InlineData("“城市大脑”鹿城分平台", ProjectCategories.Digital)]
    public void Categories_come_from_head_words_and_list_mates(string name, string category) =>
        Assert.Equal(category, Projects.Single(p => p.Name == name || p.Aliases.Contains(name)).Category);

    [Fact]
    public void A_later_mention_found_by_name_is_kept_but_not_the_start_of_a_longer_noun()
    {
        var shoeCapital = Named("中国鞋都").Mentions;
        Assert.Contains(shoeCapital, m => m.Quote == "全力推动中国鞋都向世界鞋都跨越");
        Assert.DoesNotContain(shoeCapital, m => m.Quote.Contains("鞋类采购节"));
    }

    [Fact]
    public void Finds_the_same_projects_in_a_copy_published_with_full_width_punctuation_and_indentation()
    {
        var wide = ReportParser.Parse("wide-2021", "wide-2021.txt", Encoding.UTF8.GetBytes(RealSeed.FullWidthIndentedCrlf(RealSeed.Text)));
        var projects = ProjectExtractor.Extract(wide);
        Assert.Equal(Projects.Select(p => p.Name), projects.Select(p => FoldedText.FoldString(p.Name)));
        Assert.Contains(projects, p => p.Name == "温瑞大道二期（鹿城段）");
        var paragraphs = wide.Paragraphs.ToDictionary(p => p.Id);
        Assert.All(projects.SelectMany(p => p.Mentions), m => Assert.Equal(m.Quote, paragraphs[m.ParagraphId].Text[m.QuoteStart..m.QuoteEnd]));
    }
}
