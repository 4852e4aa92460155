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
                    Open data from Chinese government work reports (政府工作报告): each report's cover, structure and text, its numbers,
                    main targets, named projects and 民生实事, read-only, every value traceable to its words. `/api/v1/reports` lists
                    the reports this server holds.

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
