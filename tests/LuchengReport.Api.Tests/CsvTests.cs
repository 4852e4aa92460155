using System.Net.Http.Headers;
using System.Text;

namespace LuchengReport.Api.Tests;

/// <summary>CSV for journalists: every collection, every matching row, opens in Excel with download=1.</summary>
[Collection(ApiCollection.Name)]
public class CsvTests(ApiFixture fixture) : ApiTest(fixture)
{
    static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    async Task<(HttpResponseMessage Response, byte[] Body)> Get(string url, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await Client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    static List<List<string>> Parse(string csv)
    {
        // A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks.
        var rows = new List<List<string>> { new() };
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { rows[^1].Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { rows[^1].Add(field.ToString()); field.Clear(); rows.Add([]); i++; }
            else field.Append(c);
        }
        if (rows[^1].Count == 0 && field.Length == 0) rows.RemoveAt(rows.Count - 1);
        return rows;
    }

    [Theory]
    [InlineData("/api/v1/reports?format=csv", 1)]
    [InlineData("/api/v1/sections?format=csv", 50)]
    [InlineData("/api/v1/paragraphs?format=csv&limit=5", 62)]
    [InlineData("/api/v1/sections?format=csv&level=item&offset=20", 22)]
    public async Task An_export_holds_every_matching_row_whatever_the_paging(string url, int rows)
    {
        var (response, body) = await Get(url);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.False(body.AsSpan().StartsWith(Bom), "no BOM unless asked for");
        var table = Parse(Encoding.UTF8.GetString(body));
        Assert.Equal(rows, table.Count - 1);
        Assert.All(table, r => Assert.Equal(table[0].Count, r.Count));
    }

    [Fact]
    public async Task Indicators_flatten_nested_fields_into_documented_columns()
    {
        var (_, body) = await Get("/api/v1/indicators", accept: "text/csv");
        var table = Parse(Encoding.UTF8.GetString(body));
        var header = table[0];
        Assert.Equal(["id", "reportId", "paragraphId", "sectionId", "subject", "subjectKey", "value", "valueHigh", "valueText", "unit",
            "normalized.value", "normalized.unit", "measure", "kind", "period", "comparator", "qualifier", "direction",
            "sourceText", "sourceStart", "sourceEnd", "relatedIds", "tier"], header);
        var json = await GetJson("/api/v1/indicators?limit=500");
        Assert.Equal(json.GetProperty("total").GetInt32(), table.Count - 1);
        var gdp = table.First(r => r[header.IndexOf("valueText")] == "1172.32");
        Assert.Equal(("地区生产总值", "1172.32", "117232000000", "CNY"),
            (gdp[header.IndexOf("subject")], gdp[header.IndexOf("value")], gdp[header.IndexOf("normalized.value")], gdp[header.IndexOf("normalized.unit")]));
    }

    [Fact]
    public async Task Paragraph_text_with_commas_and_quotes_survives_the_round_trip()
    {
        var (_, body) = await Get("/api/v1/paragraphs?format=csv");
        var table = Parse(Encoding.UTF8.GetString(body));
        var json = Items(await GetJson("/api/v1/paragraphs?limit=500")).Select(p => Str(p, "text")).ToList();
        Assert.Equal(json, table.Skip(1).Select(r => r[table[0].IndexOf("text")]));
        Assert.DoesNotContain("sep=", Encoding.UTF8.GetString(body[..20]));
    }

    [Fact]
    public async Task Download_adds_an_attachment_name_and_a_bom_for_excel()
    {
        var (response, body) = await Get("/api/v1/indicators?format=csv&download=1&period=2021");
        Assert.True(body.AsSpan().StartsWith(Bom));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("lucheng-2021-indicators.csv", disposition.FileName!.Trim('"')); // the only report the data holds
        Assert.Contains("地区生产总值", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task Reports_flatten_their_provenance_into_provenance_columns()
    {
        var (_, body) = await Get("/api/v1/reports?format=csv");
        var table = Parse(Encoding.UTF8.GetString(body));
        var header = table[0];
        string[] columns = ["provenance.sourceUrl", "provenance.publisher", "provenance.licence", "provenance.retrievedOn", "provenance.note"];
        Assert.Equal(columns, header.Where(c => c.StartsWith("provenance", StringComparison.Ordinal)));
        var provenance = (await GetJson("/api/v1/reports/lucheng-2021")).GetProperty("provenance");
        foreach (var column in columns)
            Assert.Equal(provenance.GetProperty(column["provenance.".Length..]).GetString() ?? "", table[1][header.IndexOf(column)]);
        Assert.NotEqual("", table[1][header.IndexOf("provenance.licence")]);
    }

    [Fact]
    public async Task Bom_alone_adds_the_bom_without_an_attachment()
    {
        var (response, body) = await Get("/api/v1/sections?format=csv&bom=1");
        Assert.True(body.AsSpan().StartsWith(Bom));
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Json_stays_the_default_and_format_json_wins_over_accept()
    {
        var (plain, _) = await Get("/api/v1/sections");
        Assert.Equal("application/json", plain.Content.Headers.ContentType!.MediaType);
        var (explicitJson, _) = await Get("/api/v1/sections?format=json", accept: "text/csv");
        Assert.Equal("application/json", explicitJson.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_invalid_format_is_a_400_listing_json_and_csv() =>
        Assert.Contains("json, csv", (await GetJson("/api/v1/sections?format=xlsx", 400)).GetProperty("errors").GetProperty("format")[0].GetString());
}
