using System.ComponentModel;
using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Subjects;

[Description("A distinct subject of the indicators (what is measured), with how many facts the report gives about it.")]
public sealed record SubjectSummary(
    [property: Description("The subject as first written in the report.")] string Subject,
    [property: Description("The normalised key that groups spellings of the subject; use it or the subject in /api/v1/subjects/{subject}.")] string SubjectKey,
    [property: Description("How many indicators have this subject.")] int Count,
    [property: Description("The periods those facts cover, earliest first.")] IReadOnlyList<string> Periods);

[Description("Everything the report says about one subject, across periods and kinds: a timeline.")]
public sealed record SubjectTimeline(
    [property: Description("The subject as first written.")] string Subject,
    [property: Description("The normalised subject key.")] string SubjectKey,
    [property: Description("Every spelling of the subject the report uses.")] IReadOnlyList<string> Spellings,
    [property: Description("The facts ordered by period (by end year, then start year: 2015, 2016-2020, 2020, 2021, 2021-2025), then baseline → actual → target, level before change, then document order.")] IReadOnlyList<IndicatorDto> Timeline);

/// <summary>GET /api/v1/subjects filters.</summary>
public sealed record SubjectListQuery : PagedQuery
{
    public static readonly IReadOnlyList<string> Sorts = ["document", "-count"];

    [FromQuery(Name = "report")] public string? Report { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

public sealed class SubjectListQueryValidator : AbstractValidator<SubjectListQuery>
{
    public SubjectListQueryValidator(Catalog catalog)
    {
        Include(new PagingRules());
        RuleFor(q => q.Report).KnownReport(catalog);
        RuleFor(q => q.Q).FilterText();
        RuleFor(q => q.Sort).OneOf("sort", () => SubjectListQuery.Sorts);
    }
}
