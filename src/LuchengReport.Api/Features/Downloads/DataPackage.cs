using System.ComponentModel;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Features.Reports;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Features.Subjects;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;

namespace LuchengReport.Api.Features.Downloads;

/// <summary>The Frictionless Data Package: each CSV export as a resource whose fields come from the same flattening the export uses.</summary>
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

    public static Microsoft.AspNetCore.Http.HttpResults.Ok<DataPackageDto> Describe(DatabaseVersion version, HttpContext context)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        return TypedResults.Ok(new DataPackageDto(
            Profile: "tabular-data-package",
            Name: "lucheng-government-work-report-2021",
            Title: "温州市鹿城区政府工作报告 (2021) — Government Work Report of Lucheng District, Wenzhou, 2021",
            Description: "The report delivered on 2021-02-23 to the 第九届人民代表大会第五次会议 by 区长 白洪楞, parsed into its structure, paragraphs and numbers. Every value is derived from the report's text and carries the verbatim span it came from.",
            Version: version.Sha256,
            Created: version.BuiltAt.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            Licenses: [new DataPackageLicense("other-at", "Public government information (主动公开) published by 温州市鹿城区人民政府办公室; republished with attribution. The publisher states no licence of its own.")],
            Sources: [new DataPackageSource("温州市鹿城区人民政府 政府信息公开: 政府工作报告 (索引号 001008003001001/2021-31351)")],
            Resources: Resources.Select(r => new DataPackageResource(
                r.Name, $"{origin}{r.Path}?format=csv", r.Title, "csv", "text/csv", "utf-8",
                new DataPackageSchema(CsvColumn.For(r.Row).Select(c => new DataPackageField(c.Name, c.Type)).ToList()))).ToList()));
    }
}

[Description("A Frictionless Tabular Data Package.")]
public sealed record DataPackageDto(
    [property: Description("Always tabular-data-package.")] string Profile,
    [property: Description("The package name.")] string Name,
    [property: Description("Title.")] string Title,
    [property: Description("What the data is.")] string Description,
    [property: Description("The SHA-256 of the database the data comes from.")] string Version,
    [property: Description("When the database was built (UTC, ISO 8601).")] string Created,
    [property: Description("The licence statement.")] IReadOnlyList<DataPackageLicense> Licenses,
    [property: Description("Where the text comes from.")] IReadOnlyList<DataPackageSource> Sources,
    [property: Description("The CSV exports.")] IReadOnlyList<DataPackageResource> Resources);

public sealed record DataPackageLicense([property: Description("Open Definition id.")] string Name, [property: Description("The statement.")] string Title);
public sealed record DataPackageSource([property: Description("The source.")] string Title);

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
