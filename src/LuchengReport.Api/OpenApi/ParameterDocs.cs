using System.Text.Json.Nodes;
using LuchengReport.Api.Features.Compare;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Features.Outcomes;
using LuchengReport.Api.Features.Search;
using LuchengReport.Api.Features.Subjects;
using LuchengReport.Api.Http;
using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LuchengReport.Api.OpenApi;

/// <summary>
/// One place that documents every parameter (description, type, allowed values, example), applied to each
/// operation that has it. Query values bind as strings so a bad one gets a 400 naming it; here they get their
/// real types back for the contract. Swagger UI pre-fills every example on "Try it out", so an operation's examples
/// together form one sensible request (for indicators: the 2021 GDP growth target), and the format switches default
/// to JSON.
/// </summary>
public sealed class ParameterDocs : IOperationFilter
{
    sealed record Doc(string Description, JsonSchemaType Type, JsonNode Example, IReadOnlyList<string>? Enum = null,
        int? Minimum = null, int? Maximum = null, JsonNode? Default = null, bool Required = false);

    static readonly Dictionary<string, Doc> Query = new()
    {
        ["report"] = new("Only this report (its id, as /api/v1/reports lists them).", JsonSchemaType.String, "lucheng-2021"),
        ["level"] = new("Only sections of this level: preamble (the opening address), part (一、), item ((一)), subsection or appendix (附件, 名词解释).", JsonSchemaType.String, "item", SectionLevels.All),
        ["parent"] = new("Only the children of this section.", JsonSchemaType.String, "lucheng-2021-s3"),
        ["section"] = new("Only what sits in this section or its descendants.", JsonSchemaType.String, "lucheng-2021-s3-7"),
        ["limit"] = new($"Page size, 1-{PageRequest.MaxLimit}.", JsonSchemaType.Integer, PageRequest.DefaultLimit, Minimum: 1, Maximum: PageRequest.MaxLimit, Default: PageRequest.DefaultLimit),
        ["offset"] = new("How many matching items to skip (follow `next` rather than computing it).", JsonSchemaType.Integer, 0, Minimum: 0, Maximum: PageRequest.MaxOffset, Default: 0),
        ["format"] = new("json (default) or csv: every matching row as RFC 4180 CSV, UTF-8, header row, nested fields flattened as parent.child; paging does not apply. `Accept: text/csv` does the same.", JsonSchemaType.String, "json", Formats.All),
        ["download"] = new("With format=csv: 1 sends the CSV as an attachment with a UTF-8 BOM, named after the report (lucheng-2021-indicators.csv; all-indicators.csv for several), so Excel on Chinese Windows shows the text correctly.", JsonSchemaType.String, "0", Formats.Flags),
        ["bom"] = new("With format=csv: 1 adds the UTF-8 BOM without making it an attachment.", JsonSchemaType.String, "0", Formats.Flags),
        ["kind"] = new("Only facts of this kind: actual (achieved), target (planned) or baseline (the X of 从X增长到Y).", JsonSchemaType.String, "target", IndicatorVocabulary.Kinds.All),
        ["period"] = new("Only facts about this period: a year (2021) or a span (2021-2025); one of the values the data holds (a 400 lists them).", JsonSchemaType.String, "2021"),
        ["measure"] = new("Only levels (amounts, counts, shares) or changes (增长/下降).", JsonSchemaType.String, "change", IndicatorVocabulary.Measures.All),
        ["comparator"] = new("Only facts with this comparator (URL-encode >= as %3E%3D).", JsonSchemaType.String, ">=", IndicatorVocabulary.Comparators.All),
        ["unit"] = new("Only facts in this unit, as written (亿元, %, 万人) or normalised (CNY, percent, persons).", JsonSchemaType.String, "亿元"),
        ["tier"] = new("Only core indicators or only edge cases (durations, rankings, time circles, Chinese-numeral counts).", JsonSchemaType.String, "core", IndicatorVocabulary.Tiers.All),
        ["q"] = new($"A substring of the subject or the source text, 1-{IndicatorListQueryValidator.MaxQueryLength} characters.", JsonSchemaType.String, "地区生产总值"),
        ["minValue"] = new("Only facts whose normalised value is at least this (117232000000 for 1172.32亿元).", JsonSchemaType.Number, 100000000),
        ["maxValue"] = new("Only facts whose normalised value is at most this.", JsonSchemaType.Number, 10),
        ["year"] = new("Only reports of this plan year, four digits (1949-2100).", JsonSchemaType.Integer, 2021, Minimum: 1949, Maximum: 2100),
    };

    /// <summary>Parameters whose meaning depends on the operation.</summary>
    static readonly Dictionary<(string Operation, string Name), Doc> PerOperation = new()
    {
        [("listIndicators", "section")] = new("Only facts stated in this section or its descendants.", JsonSchemaType.String, "lucheng-2021-s3"),
        [("listIndicators", "unit")] = new("Only facts in this unit, as written (亿元, %, 万人) or normalised (CNY, percent, persons).", JsonSchemaType.String, "%"),
        [("listIndicators", "minValue")] = new("Only facts whose normalised value is at least this (117232000000 for 1172.32亿元).", JsonSchemaType.Number, 0),
        [("listIndicators", "maxValue")] = new("Only facts whose normalised value is at most this.", JsonSchemaType.Number, 100),
        [("listIndicators", "sort")] = new("document (default), value or -value: by the normalised value, facts without one last.", JsonSchemaType.String, "-value", IndicatorListQuery.Sorts),
        [("listSubjects", "sort")] = new("document (first appearance, default) or -count (most facts first).", JsonSchemaType.String, "-count", SubjectListQuery.Sorts),
        [("search", "q")] = new("What to find, 1-100 characters, matched literally in paragraph text, section titles, indicator subjects and project names.", JsonSchemaType.String, "七都", Required: true),
        [("search", "type")] = new("Only hits of this type.", JsonSchemaType.String, "paragraph", SearchTypes.All),
        [("listProjects", "q")] = new($"A substring of the project's name or aliases, 1-{IndicatorListQueryValidator.MaxQueryLength} characters.", JsonSchemaType.String, "七都"),
        [("listProjects", "category")] = new("Only projects of this category.", JsonSchemaType.String, "transport", LuchengReport.Core.Projects.ProjectCategories.All),
        [("listProjects", "period")] = new("Only projects with a mention about this period (a 400 lists the values the data holds).", JsonSchemaType.String, "2016-2020"),
        [("listProjects", "status")] = new("Only projects with a mention using this status verb as written (开工, 建成, 推进 …; a 400 lists them).", JsonSchemaType.String, "建成"),
        [("listProjects", "section")] = new("Only projects mentioned in this section or its descendants.", JsonSchemaType.String, "lucheng-2021-s1"),
        [("listReports", "place")] = new("Only the reports of this government: its place as the cover names it (浙江省, 温州市鹿城区) or 国务院 for the State Council.", JsonSchemaType.String, "温州市鹿城区"),
        [("listReports", "q")] = new($"A substring of the title, place or speaker, 1-{IndicatorListQueryValidator.MaxQueryLength} characters.", JsonSchemaType.String, "鹿城"),
        [("compare", "subject")] = new("The indicator: a subject key or any spelling of it (地区生产总值, 生产总值, 国内生产总值, 经济增长 are one).", JsonSchemaType.String, "地区生产总值", Required: true),
        [("compare", "period")] = new("Only figures about this period: a year (2025) or a span (2021-2025).", JsonSchemaType.String, "2021"),
        [("compare", "sort")] = new("report (order of delivery, default), value or -value (by the normalised value).", JsonSchemaType.String, "-value", CompareQuery.Sorts),
        [("listOutcomes", "report")] = new("The report whose targets to check (its id, as /api/v1/reports lists them).", JsonSchemaType.String, "lucheng-2021", Required: true),
        [("listOutcomes", "subject")] = new("Only the targets of this indicator: a subject key or any spelling of it.", JsonSchemaType.String, "地区生产总值"),
        [("listOutcomes", "verdict")] = new("Only targets with this verdict.", JsonSchemaType.String, "pending", Verdicts.All),
        [("listSubjects", "q")] = new($"A substring of the subject, 1-{IndicatorListQueryValidator.MaxQueryLength} characters.", JsonSchemaType.String, "收入"),
    };

    static readonly Dictionary<string, (string Description, string Example)> PathIds = new()
    {
        ["getReport"] = ("Report id.", "lucheng-2021"),
        ["getReportContents"] = ("Report id.", "lucheng-2021"),
        ["getReportText"] = ("Report id.", "lucheng-2021"),
        ["getSection"] = ("Section id (from the contents or a section list).", "lucheng-2021-s3-2"),
        ["getParagraph"] = ("Paragraph id.", "lucheng-2021-p3"),
        ["getIndicator"] = ("Indicator id.", "lucheng-2021-p3-n1"),
        ["downloadDatabase"] = ("The report id followed by .db.", "lucheng-2021.db"),
        ["getProject"] = ("Project id.", "lucheng-2021-j1"),
        ["getLivelihood"] = ("Report id.", "lucheng-2021"),
        ["listTargets"] = ("Report id.", "lucheng-2021"),
        ["getSubject"] = ("The subject, URL-encoded (地区生产总值 is %E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC).", "一般公共预算收入"),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { } name &&
                (PerOperation.TryGetValue((operation.OperationId ?? "", name), out var doc) || Query.TryGetValue(name, out doc)))
            {
                parameter.Description = doc.Description;
                parameter.Required = doc.Required;
                parameter.Example = doc.Example.DeepClone();
                parameter.Schema = new OpenApiSchema
                {
                    Type = doc.Type,
                    Enum = doc.Enum?.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
                    Minimum = doc.Minimum?.ToString(),
                    Maximum = doc.Maximum?.ToString(),
                    Default = doc.Default?.DeepClone(),
                };
            }
            else if (parameter.In == ParameterLocation.Path && operation.OperationId is { } op && PathIds.TryGetValue(op, out var id))
            {
                parameter.Description = id.Description;
                parameter.Example = JsonValue.Create(id.Example);
            }
        }
    }
}
