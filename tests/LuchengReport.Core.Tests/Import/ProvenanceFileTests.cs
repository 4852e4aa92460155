using System.Text;
using LuchengReport.Core.Import;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Tests.Import;

/// <summary>The provenance sidecar (&lt;stem&gt;.source.json): what it may say, and every way it is refused.</summary>
public sealed class ProvenanceFileTests
{
    const string File = "/seeds/qingtian-2024.source.json";

    static Provenance Parse(string json) => ProvenanceFile.Parse(Encoding.UTF8.GetBytes(json), File);

    static string Refusal(string json) => Refusal(Encoding.UTF8.GetBytes(json));

    static string Refusal(byte[] bytes)
    {
        var error = Assert.Throws<ImportException>(() => ProvenanceFile.Parse(bytes, File));
        Assert.Equal(File, error.File);
        return error.Problem;
    }

    [Fact]
    public void Every_field_is_read_as_written()
    {
        var provenance = Parse("""
            {"sourceUrl": "https://www.qingtian.example/zwgk/2024.html", "publisher": "青田县人民政府办公室",
             "licence": "主动公开的政府信息，注明来源后转载", "retrievedOn": "2024-03-01", "note": "网页正文，逐字复制"}
            """);
        Assert.Equal(new Provenance("qingtian-2024.source.json", "https://www.qingtian.example/zwgk/2024.html", "青田县人民政府办公室",
            "主动公开的政府信息，注明来源后转载", "2024-03-01", "网页正文，逐字复制"), provenance);
    }

    [Fact]
    public void Fields_left_out_or_null_are_null_and_a_bom_is_allowed()
    {
        Assert.Equal(new Provenance("qingtian-2024.source.json", null, "青田县人民政府办公室", null, null, null),
            Parse("""{"publisher": "青田县人民政府办公室", "note": null}"""));
        Assert.Equal(new Provenance("qingtian-2024.source.json", null, null, null, null, null),
            ProvenanceFile.Parse([0xEF, 0xBB, 0xBF, .. "{}"u8], File));
    }

    [Theory]
    [InlineData("publisher: 青田县", "not JSON")]
    [InlineData("""{"publisher": "青田县",}""", "not JSON")]
    [InlineData("", "not JSON")]
    [InlineData("""["青田县"]""", "must be a JSON object")]
    [InlineData("""{"source": "https://www.qingtian.example/"}""", "unknown field \"source\": the fields are sourceUrl, publisher, licence, retrievedOn, note")]
    [InlineData("""{"license": "CC-BY-4.0"}""", "unknown field \"license\"")]
    [InlineData("""{"publisher": "甲", "publisher": "乙"}""", "the field \"publisher\" is given twice")]
    [InlineData("""{"retrievedOn": 20240301}""", "the field \"retrievedOn\" must be a string, not a number")]
    [InlineData("""{"note": ["a", "b"]}""", "the field \"note\" must be a string, not an array")]
    [InlineData("""{"licence": true}""", "the field \"licence\" must be a string, not true or false")]
    [InlineData("""{"note": "  "}""", "the field \"note\" is empty")]
    [InlineData("""{"retrievedOn": "2024/03/01"}""", "retrievedOn must be a date written yyyy-mm-dd, not \"2024/03/01\"")]
    [InlineData("""{"retrievedOn": "2024-02-30"}""", "retrievedOn must be a date")]
    [InlineData("""{"sourceUrl": "www.qingtian.example/2024.html"}""", "sourceUrl must be an absolute http or https URL")]
    [InlineData("""{"sourceUrl": "javascript:alert(1)"}""", "sourceUrl must be an absolute http or https URL")]
    public void A_bad_sidecar_is_refused_naming_the_problem(string json, string problem) => Assert.Contains(problem, Refusal(json));

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused() =>
        Assert.Equal("not UTF-8 text", Refusal([.. "{\"note\": \""u8, 0xC7, 0xE0, .. "\"}"u8]));
}
