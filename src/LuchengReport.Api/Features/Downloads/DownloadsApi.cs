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
            .WithDescription("The database file the API serves, for `sqlite3`, Datasette or pandas: `/api/v1/downloads/lucheng-2021.db`. Its ETag is the file's SHA-256 (also the data package's version); If-None-Match and Range requests work: a range answers 206, one starting past the end of the file a 416 problem.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.sqlite3")
            .Produces(StatusCodes.Status206PartialContent, contentType: "application/vnd.sqlite3")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);
        app.MapGet("/datapackage.json", DataPackage.Describe).WithTags("Downloads").WithName("getDataPackage")
            .WithSummary("Frictionless Data Package")
            .WithDescription("A Frictionless Data Package (https://specs.frictionlessdata.io/) describing the CSV exports: fields and types, source, licence statement, version (the database's SHA-256) and when the database was built. Tools such as `frictionless` or Datasette can load the data from it.");
        return app;
    }

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Database(string file, Catalog catalog, DataPaths paths, DatabaseVersion version, HttpContext context)
    {
        var reportId = file.EndsWith(".db", StringComparison.Ordinal) ? file[..^3] : null;
        if (reportId is null || !catalog.HasReport(reportId)) return Validation.NotFound("Download", file);
        long length = version.Length;
        if (StartsPastTheEnd(context.Request, length))
        {
            // As the file result would answer, but with a problem body rather than an empty "database".
            context.Response.Headers.ContentRange = $"bytes */{length}";
            return TypedResults.Problem(statusCode: StatusCodes.Status416RangeNotSatisfiable, title: "Range not satisfiable",
                detail: $"The file is {length} bytes long: a range must hold at least one of bytes 0 to {length - 1}.");
        }
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.PhysicalFile(paths.DatabasePath, "application/vnd.sqlite3", $"{reportId}.db",
            lastModified: version.BuiltAt, entityTag: new EntityTagHeaderValue($"\"{version.Sha256}\""), enableRangeProcessing: true);
    }

    /// <summary>
    /// A single byte range that starts at or past the end of the file (or asks for its last 0 bytes): where the file
    /// result would answer 416. Requests with conditions (If-None-Match may make it a 304, If-Range a 200) and anything
    /// else the file result ignores (several ranges, a malformed header) are left to it.
    /// </summary>
    static bool StartsPastTheEnd(HttpRequest request, long length)
    {
        if (ConditionalHeaders.Any(request.Headers.ContainsKey)) return false;
        if (request.GetTypedHeaders().Range is not { Ranges: { Count: 1 } ranges }) return false;
        var range = ranges.First();
        return range.From is { } from ? from >= length : range.To is 0 || length == 0;
    }

    static readonly string[] ConditionalHeaders = ["If-Range", "If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since"];
}
