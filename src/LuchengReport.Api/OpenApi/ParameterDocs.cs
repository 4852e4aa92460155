using System.Text.Json.Nodes;
using LuchengReport.Api.Http;
using LuchengReport.Core.Model;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LuchengReport.Api.OpenApi;

/// <summary>
/// One place that documents every parameter (description, type, allowed values, example), applied to each
/// operation that has it. Query values bind as strings so a bad one gets a 400 naming it; here they get their
/// real types back for the contract.
/// </summary>
public sealed class ParameterDocs : IOperationFilter
{
    sealed record Doc(string Description, JsonSchemaType Type, JsonNode Example, IReadOnlyList<string>? Enum = null,
        int? Minimum = null, int? Maximum = null, JsonNode? Default = null);

    static readonly Dictionary<string, Doc> Query = new()
    {
        ["report"] = new("Only this report (its id, the seed file's name without .txt).", JsonSchemaType.String, "lucheng-2021"),
        ["level"] = new("Only sections of this level: preamble (the opening address), part (一、), item ((一)) or subsection.", JsonSchemaType.String, "item", SectionLevels.All),
        ["parent"] = new("Only the children of this section.", JsonSchemaType.String, "lucheng-2021-s3"),
        ["section"] = new("Only what sits in this section or its descendants.", JsonSchemaType.String, "lucheng-2021-s3-7"),
        ["limit"] = new($"Page size, 1-{PageRequest.MaxLimit}.", JsonSchemaType.Integer, PageRequest.DefaultLimit, Minimum: 1, Maximum: PageRequest.MaxLimit, Default: PageRequest.DefaultLimit),
        ["offset"] = new("How many matching items to skip (follow `next` rather than computing it).", JsonSchemaType.Integer, 0, Minimum: 0, Maximum: PageRequest.MaxOffset, Default: 0),
    };

    static readonly Dictionary<string, (string Description, string Example)> PathIds = new()
    {
        ["getReport"] = ("Report id.", "lucheng-2021"),
        ["getReportContents"] = ("Report id.", "lucheng-2021"),
        ["getReportText"] = ("Report id.", "lucheng-2021"),
        ["getSection"] = ("Section id (from the contents or a section list).", "lucheng-2021-s3-2"),
        ["getParagraph"] = ("Paragraph id.", "lucheng-2021-p3"),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { } name && Query.TryGetValue(name, out var doc))
            {
                parameter.Description = doc.Description;
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
