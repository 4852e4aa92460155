using System.Text.Json;

namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class IndicatorsApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    async Task<List<JsonElement>> All(string query = "")
    {
        var all = new List<JsonElement>();
        for (string? url = $"/api/v1/indicators?limit=500{query}"; url is not null;)
        {
            var page = await GetJson(url);
            all.AddRange(Items(page));
            url = page.GetProperty("next").GetString() is { } next ? new Uri(next).PathAndQuery : null;
        }
        return all;
    }

    static double? Normalized(JsonElement i) =>
        i.GetProperty("normalized").ValueKind == JsonValueKind.Null ? null : i.GetProperty("normalized").GetProperty("value").GetDouble();

    [Fact]
    public async Task The_2021_targets_include_the_growth_target_for_gdp()
    {
        var targets = await All("&period=2021");
        Assert.All(targets, t => Assert.Equal("2021", Str(t, "period")));
        var gdp = Assert.Single(targets, t => Str(t, "subject") == "地区生产总值" && Str(t, "measure") == "change");
        Assert.Equal((8m, "%", "target", ">=", "以上", "up"),
            (gdp.GetProperty("value").GetDecimal(), Str(gdp, "unit"), Str(gdp, "kind"), Str(gdp, "comparator"), Str(gdp, "qualifier"), Str(gdp, "direction")));
        Assert.Equal("""{"value":8,"unit":"percent"}""", gdp.GetProperty("normalized").GetRawText());
    }

    [Fact]
    public async Task Gdp_of_2020_is_served_exactly_as_written_and_normalised()
    {
        var gdp = Assert.Single(await All("&period=2020&q=地区生产总值&measure=level"));
        Assert.Equal("1172.32", gdp.GetProperty("value").GetRawText());
        Assert.Equal(("1172.32", "亿元"), (Str(gdp, "valueText"), Str(gdp, "unit")));
        Assert.Equal("""{"value":117232000000,"unit":"CNY"}""", gdp.GetProperty("normalized").GetRawText());
    }

    [Fact]
    public async Task Every_source_text_is_the_verbatim_span_of_its_paragraph()
    {
        var paragraphs = Items(await GetJson("/api/v1/paragraphs?limit=500")).ToDictionary(p => Str(p, "id"), p => Str(p, "text"));
        var indicators = await All();
        Assert.True(indicators.Count >= 200, $"only {indicators.Count} indicators");
        foreach (var i in indicators)
        {
            int start = i.GetProperty("sourceStart").GetInt32(), end = i.GetProperty("sourceEnd").GetInt32();
            Assert.Equal(Str(i, "sourceText"), paragraphs[Str(i, "paragraphId")][start..end]);
        }
    }

    [Fact]
    public async Task Filters_combine_and_every_result_satisfies_them()
    {
        var rows = await All("&kind=target&measure=change&comparator=%3E%3D");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(("target", "change", ">="), (Str(r, "kind"), Str(r, "measure"), Str(r, "comparator"))));

        var yuan = await All("&unit=亿元");
        Assert.NotEmpty(yuan);
        Assert.All(yuan, r => Assert.Equal("亿元", Str(r, "unit")));

        var cny = await All("&unit=CNY");
        Assert.True(cny.Count > yuan.Count);
        Assert.All(cny, r => Assert.Equal("CNY", Str(r.GetProperty("normalized"), "unit")));
    }

    [Fact]
    public async Task A_section_filter_keeps_facts_from_that_section_and_its_subsections()
    {
        var inItem = Items(await GetJson("/api/v1/paragraphs?section=lucheng-2021-s3-7&limit=500")).Select(p => Str(p, "id")).ToHashSet();
        var rows = await All("&section=lucheng-2021-s3-7");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(Str(r, "paragraphId"), inItem));
        Assert.Contains(rows, r => Str(r, "sectionId") == "lucheng-2021-s3-7-3");
    }

    [Fact]
    public async Task Q_matches_the_subject_or_the_source_text()
    {
        var rows = await All("&q=可支配收入");
        Assert.True(rows.Count >= 4);
        Assert.All(rows, r => Assert.True(Str(r, "subject").Contains("可支配收入") || Str(r, "sourceText").Contains("可支配收入")));
    }

    [Fact]
    public async Task Value_bounds_and_sorting_use_the_normalised_value()
    {
        var big = await All("&minValue=100000000000&sort=-value");
        Assert.Contains(big, r => Str(r, "valueText") == "1172.32");
        Assert.All(big, r => Assert.True(Normalized(r) >= 1e11));
        var values = big.Select(r => Normalized(r)!.Value).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);

        var ascending = (await All("&sort=value")).Select(Normalized).ToList();
        var known = ascending.TakeWhile(v => v is not null).Select(v => v!.Value).ToList();
        Assert.Equal(known.Order(), known);
        Assert.All(ascending.Skip(known.Count), v => Assert.Null(v));
    }

    [Fact]
    public async Task Facts_come_in_document_order_by_default()
    {
        var ordinals = (await All()).Select(r => int.Parse(Str(r, "paragraphId").Split("-p")[1])).ToList();
        Assert.Equal(ordinals.Order(), ordinals);
    }

    [Fact]
    public async Task One_indicator_comes_with_its_paragraph_breadcrumb_and_related_facts()
    {
        var first = Items(await GetJson("/api/v1/indicators?limit=1")).Single();
        var detail = await GetJson($"/api/v1/indicators/{Str(first, "id")}");
        var text = Str(detail, "paragraphText");
        Assert.Equal(Str(detail, "sourceText"), text[detail.GetProperty("sourceStart").GetInt32()..detail.GetProperty("sourceEnd").GetInt32()]);
        Assert.Equal("lucheng-2021-s1", Str(detail.GetProperty("breadcrumb")[0], "id"));
        Assert.Equal(detail.GetProperty("relatedIds").EnumerateArray().Select(e => e.GetString()),
            detail.GetProperty("related").EnumerateArray().Select(r => Str(r, "id")));
    }

    [Fact]
    public async Task The_openapi_example_is_the_record_the_api_serves()
    {
        var example = JsonDocument.Parse(LuchengReport.Api.OpenApi.ClosedFields.IndicatorExample).RootElement;
        var served = Items(await GetJson($"/api/v1/indicators?q={Uri.EscapeDataString(Str(example, "sourceText"))}&limit=500"))
            .Single(i => Str(i, "id") == Str(example, "id"));
        Assert.Equal(JsonSerializer.Serialize(example), JsonSerializer.Serialize(served));
    }

    [Theory]
    [InlineData("kind=plan", "kind", "actual, target, baseline")]
    [InlineData("period=1999", "period", "2016-2020")]
    [InlineData("measure=size", "measure", "level, change")]
    [InlineData("comparator=!=", "comparator", ">=")]
    [InlineData("unit=斤", "unit", "亿元")]
    [InlineData("minValue=abc", "minValue", "number")]
    [InlineData("maxValue=NaN", "maxValue", "number")]
    [InlineData("sort=size", "sort", "document, value, -value")]
    [InlineData("section=x", "section", "contents")]
    public async Task Invalid_filters_are_a_400_listing_the_allowed_values(string query, string parameter, string allowed)
    {
        var problem = await GetJson($"/api/v1/indicators?{query}", 400);
        Assert.Contains(allowed, problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task A_query_over_100_characters_is_a_400() =>
        await GetJson($"/api/v1/indicators?q={new string('数', 101)}", 400);

    [Fact]
    public async Task An_unknown_indicator_is_a_404() => await GetJson("/api/v1/indicators/lucheng-2021-p3-n999", 404);
}
