using System.ComponentModel;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Features.Reports;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Features.Subjects;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;

namespace LuchengReport.Api.Features.Downloads;

/// <summary>
/// The Frictionless Data Package: each CSV export as a resource whose fields come from the same flattening the export
/// uses; what the data is, its licences and sources from the reports the database holds (<see cref="PackageAbout"/>).
/// </summary>
public static class DataPackage
{
    static readonly (string Name, string Path, Type Row, string Title)[] Resources =
    [
        ("reports", "/api/v1/reports", typeof(ReportDto), "Reports and their metadata"),
        ("sections", "/api/v1/sections", typeof(SectionDto), "Sections: the table of contents"),
        ("paragraphs", "/api/v1/paragraphs", typeof(ParagraphDto), "Paragraphs, verbatim"),
        ("indicators", "/api/v1/indicators", typeof(IndicatorDto), "Indicators: every number, typed and traceable"),
        ("subjects", "/api/v1/subjects", typeof(SubjectSummary), "Subjects the indicators measure"),
        ("projects", "/api/v1/projects", typeof(Projects.ProjectDto), "Named projects, their spellings and categories"),
    ];

    public static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<DataPackageDto>> Describe(DatabaseVersion version, Db db, HttpContext context, CancellationToken ct)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var about = PackageAbout.Of(await ReportsQueries.ListAsync(db, null, ct));
        return TypedResults.Ok(new DataPackageDto(
            Profile: "tabular-data-package",
            Name: about.Name,
            Title: about.Title,
            Description: about.Description,
            Version: version.Sha256,
            Created: version.BuiltAt.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            Licenses: about.Licenses,
            Sources: about.Sources,
            Resources: Resources.Select(r => new DataPackageResource(
                r.Name, $"{origin}{r.Path}?format=csv", r.Title, "csv", "text/csv", "utf-8",
                new DataPackageSchema(CsvColumn.For(r.Row).Select(c => new DataPackageField(c.Name, c.Type)).ToList()))).ToList()));
    }
}

[Description("A Frictionless Tabular Data Package.")]
public sealed record DataPackageDto(
    [property: Description("Always tabular-data-package.")] string Profile,
    [property: Description("The package name: government-work-report-<report id> for one report, government-work-reports for several.")] string Name,
    [property: Description("Title: the report's place, title and year as its text gives them; for several reports, how many and which years.")] string Title,
    [property: Description("What the data is: the report(s), and when, where and by whom delivered as the text says.")] string Description,
    [property: Description("The SHA-256 of the database the data comes from.")] string Version,
    [property: Description("When the database was built (UTC, ISO 8601).")] string Created,
    [property: Description("The licence statements of the reports' provenance sidecars, each once; empty when none states one.")] IReadOnlyList<DataPackageLicense> Licenses,
    [property: Description("Where each report's text comes from, when its sidecar or its page header says: the publisher, the address.")] IReadOnlyList<DataPackageSource> Sources,
    [property: Description("The CSV exports.")] IReadOnlyList<DataPackageResource> Resources);

public sealed record DataPackageLicense(
    [property: Description("Open Definition id: always notspecified, as a sidecar states its licence in words, which are not mapped to an id.")] string Name,
    [property: Description("The statement, as the sidecar words it.")] string Title);

public sealed record DataPackageSource(
    [property: Description("The publisher and the report.")] string Title,
    [property: Description("The address the text was published at, or null when the sidecar gives none.")] string? Path);

public sealed record DataPackageResource(
    [property: Description("Resource name.")] string Name,
    [property: Description("URL of the full CSV export.")] string Path,
    [property: Description("Title.")] string Title,
    [property: Description("csv.")] string Format,
    [property: Description("text/csv.")] string Mediatype,
    [property: Description("utf-8.")] string Encoding,
    [property: Description("Table schema.")] DataPackageSchema Schema);

public sealed record DataPackageSchema([property: Description("The CSV columns in order.")] IReadOnlyList<DataPackageField> Fields);
public sealed record DataPackageField([property: Description("Column name.")] string Name, [property: Description("string, integer, number or boolean.")] string Type);
