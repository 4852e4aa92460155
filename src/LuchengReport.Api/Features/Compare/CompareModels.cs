using System.ComponentModel;
using System.Text.RegularExpressions;
using FluentValidation;
using LuchengReport.Api.Http;
using LuchengReport.Core.Indicators;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Compare;

[Description("One report's figure for the compared subject: which government and year, the number with its comparator and qualifier, and the words it came from.")]
public sealed record CompareRow(
    [property: Description("The report id.")] string ReportId,
    [property: Description("The government the report speaks for (its place, or 国务院); null when the report does not say.")] string? Government,
    [property: Description("The report's place as its cover names it; null for the State Council or when not read.")] string? Place,
    [property: Description("The report's plan year; null when not read.")] int? Year,
    [property: Description("The subject as this report writes it (全省地区生产总值, 国内生产总值 …).")] string Subject,
    [property: Description("The key all these spellings share.")] string SubjectKey,
    [property: Description("The number as written; the low end of a range.")] decimal Value,
    [property: Description("The high end of a range (comparator between), else null.")] decimal? ValueHigh,
    [property: Description("The unit as written (%, 亿元, 万人 …).")] string Unit,
    [property: Description("=, >=, <=, >, <, ~ or between, as for indicators.")] string Comparator,
    [property: Description("The word that sets the comparator or qualifies the number (以上, 左右, 力争, 预计 …); null when none.")] string? Qualifier,
    [property: Description("level or change.")] string Measure,
    [property: Description("actual, target or baseline.")] string Kind,
    [property: Description("The period the figure is about (2025, 2021-2025).")] string Period,
    [property: Description("up or down for a change; null for a level.")] string? Direction,
    [property: Description("Whether the figure is one of the report's main expected targets (主要预期目标).")] bool MainTarget,
    [property: Description("How many of the report's figures match the filters; the row shows the first main target among them, else the first in the text. Narrow with kind, measure and period.")] int Matches,
    [property: Description("The indicator's id: /api/v1/indicators/{id} has its paragraph.")] string IndicatorId,
    [property: Description("The paragraph the figure is stated in.")] string ParagraphId,
    [property: Description("The verbatim words the figure came from.")] string SourceText);

/// <summary>GET /api/v1/compare: a subject and the filters that pick one figure per report.</summary>
public sealed partial record CompareQuery : PagedQuery
{
    public static readonly IReadOnlyList<string> Sorts = ["report", "value", "-value"];

    [FromQuery(Name = "subject")] public string? Subject { get; init; }
    [FromQuery(Name = "kind")] public string? Kind { get; init; }
    [FromQuery(Name = "period")] public string? Period { get; init; }
    [FromQuery(Name = "measure")] public string? Measure { get; init; }
    [FromQuery(Name = "year")] public string? Year { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }

    public int? YearNumber => Year is null ? null : int.Parse(Year, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A year or a span of years, as periods are written: 2025, 2021-2025.</summary>
    [GeneratedRegex(@"^\d{4}(?:-\d{4})?$")]
    public static partial Regex PeriodShape();
}

public sealed class CompareQueryValidator : AbstractValidator<CompareQuery>
{
    public CompareQueryValidator()
    {
        Include(new PagingRules());
        RuleFor(q => q.Subject).Must(s => s is { Length: > 0 and <= QueryRules.MaxTextLength }).OverridePropertyName("subject")
            .WithMessage($"subject is required: a subject key or any spelling of it, 1 to {QueryRules.MaxTextLength} characters, such as 地区生产总值.");
        RuleFor(q => q.Kind).OneOf("kind", () => IndicatorVocabulary.Kinds.All);
        RuleFor(q => q.Measure).OneOf("measure", () => IndicatorVocabulary.Measures.All);
        RuleFor(q => q.Period).Must(p => p is null || CompareQuery.PeriodShape().IsMatch(p)).OverridePropertyName("period")
            .WithMessage("period must be a year or a span of years, such as 2025 or 2021-2025.");
        RuleFor(q => q.Year).PlanYear();
        RuleFor(q => q.Sort).OneOf("sort", () => CompareQuery.Sorts);
    }
}
