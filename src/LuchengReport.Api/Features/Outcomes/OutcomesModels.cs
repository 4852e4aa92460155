using System.ComponentModel;
using FluentValidation;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Outcomes;

[Description("A target of the report, and the result a later report of the same government states for the same subject and period, with the verdict.")]
public sealed record OutcomeDto(
    [property: Description("The target as the report states it, with its words.")] IndicatorDto Target,
    [property: Description("The result: an actual figure of a later report of the same government for the same subject, measure and period (in the same unit, or one that normalises to the same base); null when none states one.")] IndicatorDto? Outcome,
    [property: Description("The later report the result comes from; for not-stated, the first later report that reviews the period and gives no number; null when pending.")] string? OutcomeReportId,
    [property: Description("met or missed (by the rule), not-stated (a later report reviews the period but gives no number for it), pending (no later report of this government that reviews the period is loaded).")] string Verdict,
    [property: Description("How the verdict is reached, in words, with the figures compared: the comparator of the target, the subject's rule and the tolerance of 左右.")] string Rule,
    [property: Description("The subject's rule from the curated table: higher (more is better), ceiling (a limit not to pass), level (a level to reach); null when the table does not know the subject.")] string? Judged);

/// <summary>GET /api/v1/outcomes: one report's targets, optionally one subject or one verdict.</summary>
public sealed record OutcomeQuery : PagedQuery
{
    [FromQuery(Name = "report")] public string? Report { get; init; }
    [FromQuery(Name = "subject")] public string? Subject { get; init; }
    [FromQuery(Name = "verdict")] public string? Verdict { get; init; }
}

public sealed class OutcomeQueryValidator : AbstractValidator<OutcomeQuery>
{
    public OutcomeQueryValidator()
    {
        Include(new PagingRules());
        RuleFor(q => q.Report).NotEmpty().OverridePropertyName("report")
            .WithMessage("report is required: the id of the report whose targets to check, such as lucheng-2021 (see /api/v1/reports).");
        RuleFor(q => q.Subject).FilterText("subject");
        RuleFor(q => q.Verdict).OneOf("verdict", () => Verdicts.All);
    }
}
