using System.ComponentModel;
using System.Text.Json.Serialization;
using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;
using LuchengReport.Core.Projects;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Projects;

[Description("A named project of the report (温州国际未来科技岛, 104国道鹿城段 …): one record however many spellings the text uses, with every place it is mentioned.")]
public sealed record ProjectDto
{
    [Description("Stable id: the report id and the project's rank by first mention, e.g. lucheng-2021-j1.")] public required string Id { get; init; }
    [Description("The report id.")] public required string ReportId { get; init; }
    [Description("The project's name as the report writes it (项目名称).")] public required string Name { get; init; }
    [Description("Other spellings of the same project in the report (四川大学温州鞋革研究院 for 四川大学温州鞋革产业研究院).")] public required IReadOnlyList<string> Aliases { get; init; }
    [Description("transport, tech-platform, industrial-park, urban-renewal, culture-tourism, commerce, environment-water, public-service, finance, digital or other.")] public required string Category { get; init; }
    [Description("The periods its mentions speak of (years and spans, e.g. 2020, 2021-2025), earliest first.")] public required IReadOnlyList<string> Periods { get; init; }
    [Description("The status verbs of its mentions as written (开工, 建成, 推进 …).")] public required IReadOnlyList<string> Statuses { get; init; }
    [Description("Every mention, in document order.")] public required IReadOnlyList<ProjectMentionDto> Mentions { get; init; }
}

[Description("One place the report names a project, with the clause that says what happens to it.")]
public record ProjectMentionDto
{
    [Description("The paragraph.")] public required string ParagraphId { get; init; }
    [Description("The paragraph's section.")] public required string SectionId { get; init; }
    [Description("The name as written in this mention.")] public required string Surface { get; init; }
    [Description("The clause naming the project, verbatim: paragraph.text[quoteStart:quoteEnd].")] public required string Quote { get; init; }
    [Description("Offset of the quote in the paragraph text (UTF-16 code units).")] public required int QuoteStart { get; init; }
    [Description("End offset (exclusive) of the quote.")] public required int QuoteEnd { get; init; }
    [Description("The verb the clause attaches to the project, as written (启动, 开工, 建成, 通车, 推进 …), or null.")] public required string? Status { get; init; }
    [Description("The period the paragraph speaks of (a year or a span, e.g. 2021 or 2021-2025), or null.")] public required string? Period { get; init; }
}

[Description("A mention with its paragraph text and where that paragraph sits.")]
public sealed record ProjectMentionDetail : ProjectMentionDto
{
    [JsonPropertyOrder(1), Description("The paragraph text.")] public required string ParagraphText { get; init; }
    [JsonPropertyOrder(1), Description("The sections from the part down to the paragraph's section.")] public required IReadOnlyList<SectionRef> Breadcrumb { get; init; }
}

[Description("A project with each mention's paragraph text and section breadcrumb.")]
public sealed record ProjectDetail(
    [property: Description("Stable id.")] string Id,
    [property: Description("The report id.")] string ReportId,
    [property: Description("The name as written.")] string Name,
    [property: Description("Other spellings.")] IReadOnlyList<string> Aliases,
    [property: Description("The category.")] string Category,
    [property: Description("Periods of its mentions.")] IReadOnlyList<string> Periods,
    [property: Description("Status verbs of its mentions.")] IReadOnlyList<string> Statuses,
    [property: Description("Every mention with its paragraph and breadcrumb, in document order.")] IReadOnlyList<ProjectMentionDetail> Mentions);

/// <summary>GET /api/v1/projects filters.</summary>
public sealed record ProjectListQuery : PagedQuery
{
    [FromQuery(Name = "report")] public string? Report { get; init; }
    [FromQuery(Name = "category")] public string? Category { get; init; }
    [FromQuery(Name = "period")] public string? Period { get; init; }
    [FromQuery(Name = "status")] public string? Status { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "section")] public string? Section { get; init; }
}

public sealed class ProjectListQueryValidator : AbstractValidator<ProjectListQuery>
{
    public ProjectListQueryValidator(Catalog catalog)
    {
        Include(new PagingRules());
        RuleFor(q => q.Report).KnownReport(catalog);
        RuleFor(q => q.Category).OneOf("category", () => ProjectCategories.All);
        RuleFor(q => q.Period).OneOf("period", () => catalog.ProjectPeriods);
        RuleFor(q => q.Status).OneOf("status", () => catalog.ProjectStatuses);
        RuleFor(q => q.Q).FilterText();
        RuleFor(q => q.Section).KnownSection(catalog, "section");
    }
}
