using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace LuchengReport.Api.Features.Downloads;

public static class DownloadsApi
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/v1/downloads/{file}", ["HEAD"], Database).ExcludeFromDescription(); // HEAD is documented by GET
        app.MapGet("/api/v1/downloads/{file}", Database).WithTags("Downloads").WithName("downloadDatabase")
            .WithSummary("Download the SQLite database")
            .WithDescription("The database file the API serves, for `sqlite3`, Datasette or pandas: `/api/v1/downloads/lucheng-2021.db`. Its ETag is the file's SHA-256 (also the data package's version); If-None-Match and Range requests work.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.sqlite3")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/datapackage.json", DataPackage.Describe).WithTags("Downloads").WithName("getDataPackage")
            .WithSummary("Frictionless Data Package")
            .WithDescription("A Frictionless Data Package (https://specs.frictionlessdata.io/) describing the CSV exports: fields and types, source, licence statement, version (the database's SHA-256) and when the database was built. Tools such as `frictionless` or Datasette can load the data from it.");
        return app;
    }

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Database(string file, Catalog catalog, DataPaths paths, DatabaseVersion version, HttpContext context)
    {
        var reportId = file.EndsWith(".db", StringComparison.Ordinal) ? file[..^3] : null;
        if (reportId is null || !catalog.HasReport(reportId)) return Validation.NotFound("Download", file);
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.PhysicalFile(paths.DatabasePath, "application/vnd.sqlite3", $"{reportId}.db",
            lastModified: version.BuiltAt, entityTag: new EntityTagHeaderValue($"\"{version.Sha256}\""), enableRangeProcessing: true);
    }
}
