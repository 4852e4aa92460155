using Microsoft.OpenApi;

namespace LuchengReport.Api.OpenApi;

/// <summary>The OpenAPI document (served at /openapi/v1.json, committed as openapi/v1.json) and Swagger UI at /swagger.</summary>
public static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddLuchengOpenApi(this IServiceCollection services) =>
        services.AddEndpointsApiExplorer().AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "LuchengReport API",
                Version = "v1",
                Contact = new OpenApiContact { Name = "LuchengReport maintainers" },
                Description = """
                    Open data from the 2021 Government Work Report of Lucheng District, Wenzhou (温州市鹿城区政府工作报告,
                    delivered 2021-02-23): the report's structure and text, read-only, every value traceable to its words.

                    Collections answer `{"items": [...], "total", "limit", "offset", "next"}` with a `Link: <…>; rel="next"` header.
                    Errors are RFC 9457 `application/problem+json`: 400 names each bad parameter and its allowed values, 404 names the unknown id.
                    """,
            });
            c.SupportNonNullableReferenceTypes();
            c.NonNullableReferenceTypesAsRequired();
            c.OperationFilter<ParameterDocs>();
            c.SchemaFilter<ClosedFields>();
            c.SchemaFilter<EveryPropertyRequired>();
            c.DocumentFilter<NullableReferences>();
            c.AddServer(new OpenApiServer { Url = "/", Description = "The server this document is served from" });
            c.OperationFilter<CsvDocs>();
            c.OperationFilter<CommonResponses>();
            c.UseAllOfToExtendReferenceSchemas();
        });

    public static WebApplication UseLuchengOpenApi(this WebApplication app)
    {
        app.UseSwagger(o => o.RouteTemplate = "openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "LuchengReport API v1");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "LuchengReport API";
        });
        return app;
    }
}
