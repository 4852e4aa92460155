using System.ComponentModel;
using System.Text.Json.Serialization;
using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Paragraphs;

[Description("A body paragraph of a report, verbatim as published.")]
public record ParagraphDto
{
    [Description("Stable id: the report id and the paragraph's 1-based position, e.g. lucheng-2021-p3.")] public required string Id { get; init; }
    [Description("The report id.")] public required string ReportId { get; init; }
    [Description("The section the paragraph belongs to directly.")] public required string SectionId { get; init; }
    [Description("1-based position in the report's body.")] public required int Ordinal { get; init; }
    [Description("The paragraph as published (leading indentation trimmed).")] public required string Text { get; init; }
    [Description("Offset in the report text (UTF-16 code units, line endings as LF) where the paragraph starts.")] public required int Start { get; init; }
    [Description("Offset where it ends (exclusive): reportText[start:end] == text.")] public required int End { get; init; }
}

[Description("A paragraph with the sections it sits in and its neighbours.")]
public sealed record ParagraphDetail : ParagraphDto
{
    [JsonPropertyOrder(1), Description("The sections from the part down to the paragraph's own section.")] public required IReadOnlyList<SectionRef> Breadcrumb { get; init; }
    [JsonPropertyOrder(1), Description("The previous paragraph's id, or null.")] public required string? PreviousId { get; init; }
    [JsonPropertyOrder(1), Description("The next paragraph's id, or null.")] public required string? NextId { get; init; }
}

/// <summary>GET /api/v1/paragraphs filters.</summary>
public sealed record ParagraphListQuery : PagedQuery
{
    [FromQuery(Name = "report")] public string? Report { get; init; }
    [FromQuery(Name = "section")] public string? Section { get; init; }
}

public sealed class ParagraphListQueryValidator : AbstractValidator<ParagraphListQuery>
{
    public ParagraphListQueryValidator(Catalog catalog)
    {
        Include(new PagingRules());
        RuleFor(q => q.Report).KnownReport(catalog);
        RuleFor(q => q.Section).KnownSection(catalog, "section");
    }
}
