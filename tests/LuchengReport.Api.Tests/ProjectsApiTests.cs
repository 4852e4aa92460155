namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class ProjectsApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    static string Q(string q) => Uri.EscapeDataString(q);

    [Fact]
    public async Task The_project_list_holds_named_projects_with_aliases_categories_and_mentions()
    {
        var page = await GetJson("/api/v1/projects?limit=500");
        var projects = Items(page).ToList();
        Assert.True(projects.Count >= 50, $"{projects.Count} projects");
        var island = Assert.Single(projects, p => Str(p, "name") == "温州国际未来科技岛");
        Assert.Equal("tech-platform", Str(island, "category"));
        Assert.True(island.GetProperty("mentions").GetArrayLength() >= 2);
        var institute = Assert.Single(projects, p => Str(p, "name") == "四川大学温州鞋革产业研究院");
        Assert.Contains("四川大学温州鞋革研究院", institute.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain(projects, p => Str(p, "name") is "重点项目" or "民生实事项目" or "改革试点");
    }

    [Fact]
    public async Task Every_quote_is_the_verbatim_clause_of_its_paragraph()
    {
        var paragraphs = Items(await GetJson("/api/v1/paragraphs?limit=500")).ToDictionary(p => Str(p, "id"), p => Str(p, "text"));
        foreach (var project in Items(await GetJson("/api/v1/projects?limit=500")))
            foreach (var m in project.GetProperty("mentions").EnumerateArray())
            {
                var quote = Str(m, "quote");
                Assert.Equal(quote, paragraphs[Str(m, "paragraphId")][m.GetProperty("quoteStart").GetInt32()..m.GetProperty("quoteEnd").GetInt32()]);
                Assert.Contains(Str(m, "surface"), quote);
            }
    }

    [Fact]
    public async Task Filters_keep_projects_with_a_matching_mention()
    {
        var qidu = Items(await GetJson($"/api/v1/projects?q={Q("七都")}")).ToList();
        Assert.NotEmpty(qidu);
        Assert.All(qidu, p => Assert.True(Str(p, "name").Contains("七都") || p.GetProperty("aliases").EnumerateArray().Any(a => a.GetString()!.Contains("七都"))));

        var transport = Items(await GetJson("/api/v1/projects?category=transport&limit=500")).ToList();
        Assert.NotEmpty(transport);
        Assert.All(transport, p => Assert.Equal("transport", Str(p, "category")));

        var plan = Items(await GetJson("/api/v1/projects?period=2021&limit=500")).ToList();
        Assert.All(plan, p => Assert.Contains(p.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("period").GetString() == "2021"));

        var inPartOne = Items(await GetJson("/api/v1/projects?section=lucheng-2021-s1&limit=500")).ToList();
        Assert.All(inPartOne, p => Assert.Contains(p.GetProperty("mentions").EnumerateArray(), m => Str(m, "sectionId").StartsWith("lucheng-2021-s1")));
    }

    [Fact]
    public async Task A_project_comes_with_its_mentions_in_context()
    {
        var first = Items(await GetJson("/api/v1/projects?limit=1")).Single();
        var detail = await GetJson($"/api/v1/projects/{Str(first, "id")}");
        foreach (var m in detail.GetProperty("mentions").EnumerateArray())
        {
            Assert.Contains(Str(m, "quote"), Str(m, "paragraphText"));
            Assert.Equal(Str(m, "sectionId"), Str(m.GetProperty("breadcrumb").EnumerateArray().Last(), "id"));
        }
    }

    [Fact]
    public async Task Projects_are_searchable_by_name_and_alias()
    {
        var byAlias = Items(await GetJson($"/api/v1/search?q={Q("四川大学温州鞋革研究院")}&type=project")).Single();
        Assert.Equal("四川大学温州鞋革产业研究院", Str(byAlias, "title"));
        Assert.Contains("<mark>四川大学温州鞋革研究院</mark>", Str(byAlias, "snippet"));
        var exact = Items(await GetJson($"/api/v1/search?q={Q("温州国际未来科技岛")}")).First();
        Assert.Equal(("project", "温州国际未来科技岛"), (Str(exact, "type"), Str(exact, "title")));
    }

    [Theory]
    [InlineData("category=roads", "category", "transport")]
    [InlineData("status=飞", "status", "开工")]
    [InlineData("period=2030", "period", "2021")]
    public async Task Invalid_filters_are_a_400_listing_the_allowed_values(string query, string parameter, string allowed) =>
        Assert.Contains(allowed, (await GetJson($"/api/v1/projects?{query}", 400)).GetProperty("errors").GetProperty(parameter)[0].GetString());

    [Fact]
    public async Task An_unknown_project_is_a_404() => await GetJson("/api/v1/projects/lucheng-2021-j999", 404);

    [Fact]
    public async Task Projects_export_as_csv_with_aliases_joined()
    {
        var csv = await Client.GetStringAsync("/api/v1/projects?format=csv");
        Assert.StartsWith("id,reportId,name,aliases,category,periods,statuses\r\n", csv);
        Assert.Contains("四川大学温州鞋革研究院", csv);
    }
}
