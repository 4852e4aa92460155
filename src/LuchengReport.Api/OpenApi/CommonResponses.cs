using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LuchengReport.Api.OpenApi;

/// <summary>
/// Answers every operation can give, whatever its handler: 400 for an unknown or repeated query parameter (the
/// strict-parameter filter) and 429 past the rate limit. Documented once here so the contract matches what is sent.
/// </summary>
public sealed class CommonResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        if (!operation.Responses.ContainsKey("400"))
            operation.Responses["400"] = Problem("Unknown or repeated query parameter: the problem lists the allowed ones.",
                context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository));
        operation.Responses["429"] = Problem("Too many requests from this client; retry after the Retry-After header's seconds.",
            context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository));
    }

    static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
    };
}
