using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LuchengReport.Api.OpenApi;

/// <summary>
/// A nullable property whose type is another schema (normalized, previous, next) comes out as
/// <c>allOf: [$ref], nullable: true</c>, which OpenAPI 3.0 validators cannot satisfy with null: the referenced
/// object schema rejects it whatever the wrapper says. Inlining the referenced object (<c>type: object,
/// nullable: true</c> with its properties) states "this object or null" in a form validators (Prism) and code
/// generators (openapi-typescript) both read correctly.
/// </summary>
public sealed class NullableReferences : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null) return;
        var inlined = new HashSet<string>();
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            if (schema.Properties is null) continue;
            foreach (var (name, value) in schema.Properties.ToList())
            {
                if (value is not OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } property ||
                    property.Type?.HasFlag(JsonSchemaType.Null) != true && property.Extensions?.ContainsKey("nullable") != true) continue;
                if (reference.Reference.Id is not { } id || !schemas.TryGetValue(id, out var target)) continue;
                inlined.Add(id);
                schema.Properties[name] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object | JsonSchemaType.Null,
                    Description = property.Description,
                    Properties = target.Properties,
                    Required = target.Required,
                    AdditionalPropertiesAllowed = target.AdditionalPropertiesAllowed,
                };
            }
        }

        // A component that was only ever used through a nullable property is now unused: drop it.
        var used = new HashSet<string>();
        foreach (var schema in schemas.Values) CollectReferences(schema, used);
        foreach (var path in document.Paths.Values)
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                    foreach (var media in response.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                        CollectReferences(media.Schema, used);
        foreach (var id in inlined.Where(id => !used.Contains(id))) schemas.Remove(id);
    }

    static void CollectReferences(IOpenApiSchema? schema, HashSet<string> used)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference.Id is { } id) used.Add(id);
            return;
        }
        if (schema is null) return;
        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
            CollectReferences(child, used);
        CollectReferences(schema.Items, used);
    }
}
