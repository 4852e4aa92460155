using System.ComponentModel;
using Dapper;
using LuchengReport.Api.Data;

namespace LuchengReport.Api.Features.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Get).WithTags("Service").WithName("getHealth").WithSummary("Health and database version")
            .WithDescription("Answers 200 when the database can be read, with its schema version, the fingerprint of the seeds it was built from, and row counts. Used by the Docker HEALTHCHECK.");
        return app;
    }

    const string Select = """
        SELECT (SELECT value FROM meta WHERE key = 'schema_version') AS SchemaVersion,
               (SELECT value FROM meta WHERE key = 'seeds_fingerprint') AS SeedsFingerprint,
               (SELECT count(*) FROM reports) AS Reports,
               (SELECT count(*) FROM sections) AS Sections,
               (SELECT count(*) FROM paragraphs) AS Paragraphs
        """;

    public static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<HealthDto>> Get(Db db, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<HealthRow>(new CommandDefinition(Select, cancellationToken: ct));
        return TypedResults.Ok(new HealthDto("ok", int.Parse(row.SchemaVersion), row.SeedsFingerprint,
            new HealthCounts((int)row.Reports, (int)row.Sections, (int)row.Paragraphs)));
    }

    sealed record HealthRow(string SchemaVersion, string SeedsFingerprint, long Reports, long Sections, long Paragraphs);
}

[Description("The service's health and the database it serves.")]
public sealed record HealthDto(
    [property: Description("Always ok when the database answers.")] string Status,
    [property: Description("The database schema version.")] int SchemaVersion,
    [property: Description("SHA-256 over the names and bytes of the seed files the database was built from.")] string SeedsFingerprint,
    [property: Description("Row counts.")] HealthCounts Counts);

public sealed record HealthCounts(
    [property: Description("Reports.")] int Reports,
    [property: Description("Sections.")] int Sections,
    [property: Description("Paragraphs.")] int Paragraphs);
