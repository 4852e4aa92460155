using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LuchengReport.Api.OpenApi;

/// <summary>
/// Our JSON always writes every property, null included (next, number, qualifier …), so in our own DTOs every
/// property is required and nullability says whether it can be null. Framework types (ProblemDetails) omit nulls and
/// keep their own rules.
/// </summary>
public sealed class EveryPropertyRequired : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { Properties.Count: > 0 } concrete && context.Type.Namespace?.StartsWith("LuchengReport.", StringComparison.Ordinal) == true)
            concrete.Required = new HashSet<string>(concrete.Properties.Keys);
    }
}
