using LuchengReport.Api.Http.Csv;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LuchengReport.Api.OpenApi;

/// <summary>
/// For every collection (an operation with a <c>format</c> parameter): documents the text/csv representation of its
/// 200 response and lists the CSV columns, read from the same flattening the export uses.
/// </summary>
public sealed class CsvDocs : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters?.Any(p => p.Name == "format") != true) return;
        var pageType = context.ApiDescription.SupportedResponseTypes.FirstOrDefault(r => r.StatusCode == 200)?.Type;
        if (pageType is not { IsGenericType: true } || operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response) return;

        var columns = CsvColumn.For(pageType.GetGenericArguments()[0]);
        response.Content ??= new Dictionary<string, IOpenApiMediaType>();
        response.Content["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = $"RFC 4180 CSV with a header row: {string.Join(", ", columns.Select(c => c.Name))}." },
        };
        operation.Description += $"\n\nCSV (`?format=csv` or `Accept: text/csv`): every matching row, columns {string.Join(", ", columns.Select(c => $"`{c.Name}`"))}; lists are joined with `|`.";
    }
}
