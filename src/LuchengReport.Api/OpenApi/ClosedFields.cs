using System.Text.Json.Nodes;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Features.Reports;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LuchengReport.Api.OpenApi;

/// <summary>
/// Publishes the closed fields of the DTOs as enums (they are strings in C# so the wire values stay readable),
/// and gives the indicator schema its example record. A test checks the example against what the API serves.
/// </summary>
public sealed class ClosedFields : ISchemaFilter
{
    static readonly Dictionary<Type, Dictionary<string, IReadOnlyList<string>>> Enums = new()
    {
        [typeof(IndicatorDto)] = Indicator(),
        [typeof(IndicatorDetail)] = Indicator(),
        [typeof(Features.Targets.TargetDto)] = Indicator(),
        [typeof(NormalizedValue)] = new() { ["unit"] = IndicatorVocabulary.NormalizedUnits.All },
        [typeof(SectionDto)] = new() { ["level"] = SectionLevels.All },
        [typeof(SectionDetail)] = new() { ["level"] = SectionLevels.All },
        [typeof(SectionRef)] = new() { ["level"] = SectionLevels.All },
        [typeof(ContentsNode)] = new() { ["level"] = SectionLevels.All },
        [typeof(Features.Projects.ProjectDto)] = new() { ["category"] = LuchengReport.Core.Projects.ProjectCategories.All },
        [typeof(Features.Projects.ProjectDetail)] = new() { ["category"] = LuchengReport.Core.Projects.ProjectCategories.All },
    };

    static Dictionary<string, IReadOnlyList<string>> Indicator() => new()
    {
        ["measure"] = IndicatorVocabulary.Measures.All,
        ["kind"] = IndicatorVocabulary.Kinds.All,
        ["comparator"] = IndicatorVocabulary.Comparators.All,
        ["direction"] = IndicatorVocabulary.Directions.All,
        ["tier"] = IndicatorVocabulary.Tiers.All,
    };

    /// <summary>The first fact of the report: 2020's 地区生产总值, as the API serves it.</summary>
    public const string IndicatorExample = """
        {
          "id": "lucheng-2021-p3-n1",
          "reportId": "lucheng-2021",
          "paragraphId": "lucheng-2021-p3",
          "sectionId": "lucheng-2021-s1",
          "subject": "地区生产总值",
          "subjectKey": "地区生产总值",
          "value": 1172.32,
          "valueHigh": null,
          "valueText": "1172.32",
          "unit": "亿元",
          "normalized": { "value": 117232000000, "unit": "CNY" },
          "measure": "level",
          "kind": "actual",
          "period": "2020",
          "comparator": "=",
          "qualifier": null,
          "direction": null,
          "sourceText": "地区生产总值1172.32亿元",
          "sourceStart": 470,
          "sourceEnd": 485,
          "relatedIds": ["lucheng-2021-p3-n2"],
          "tier": "core"
        }
        """;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null) return;
        if (Enums.TryGetValue(context.Type, out var fields))
            foreach (var (name, values) in fields)
                if (concrete.Properties.TryGetValue(name, out var property) && property is OpenApiSchema p)
                {
                    p.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList();
                    if (p.Type?.HasFlag(JsonSchemaType.Null) == true) p.Enum.Add(null!);
                }
        if (context.Type == typeof(IndicatorDto)) concrete.Examples = [JsonNode.Parse(IndicatorExample)!];
    }
}
