using System.Globalization;
using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;
using LuchengReport.Core.Indicators;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Indicators;

/// <summary>GET /api/v1/indicators filters.</summary>
public sealed record IndicatorListQuery : PagedQuery
{
    public static readonly IReadOnlyList<string> Sorts = ["document", "value", "-value"];

    [FromQuery(Name = "report")] public string? Report { get; init; }
    [FromQuery(Name = "section")] public string? Section { get; init; }
    [FromQuery(Name = "kind")] public string? Kind { get; init; }
    [FromQuery(Name = "period")] public string? Period { get; init; }
    [FromQuery(Name = "measure")] public string? Measure { get; init; }
    [FromQuery(Name = "comparator")] public string? Comparator { get; init; }
    [FromQuery(Name = "unit")] public string? Unit { get; init; }
    [FromQuery(Name = "tier")] public string? Tier { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "minValue")] public string? MinValue { get; init; }
    [FromQuery(Name = "maxValue")] public string? MaxValue { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }

    public static double? Number(string? text) => text is null ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

public sealed class IndicatorListQueryValidator : AbstractValidator<IndicatorListQuery>
{
    public const int MaxQueryLength = QueryRules.MaxTextLength;

    public IndicatorListQueryValidator(Catalog catalog)
    {
        Include(new PagingRules());
        RuleFor(q => q.Report).KnownReport(catalog);
        RuleFor(q => q.Section).KnownSection(catalog, "section");
        RuleFor(q => q.Kind).OneOf("kind", () => IndicatorVocabulary.Kinds.All);
        RuleFor(q => q.Measure).OneOf("measure", () => IndicatorVocabulary.Measures.All);
        RuleFor(q => q.Comparator).OneOf("comparator", () => IndicatorVocabulary.Comparators.All);
        RuleFor(q => q.Tier).OneOf("tier", () => IndicatorVocabulary.Tiers.All);
        RuleFor(q => q.Sort).OneOf("sort", () => IndicatorListQuery.Sorts);
        RuleFor(q => q.Period).OneOf("period", () => catalog.Periods);
        RuleFor(q => q.Unit).OneOf("unit", () => catalog.Units);
        RuleFor(q => q.Q).FilterText();
        RuleFor(q => q.MinValue).Must(IsNumber).OverridePropertyName("minValue").WithMessage("minValue must be a number, such as 100000000 or 8.5.");
        RuleFor(q => q.MaxValue).Must(IsNumber).OverridePropertyName("maxValue").WithMessage("maxValue must be a number, such as 100000000 or 8.5.");
    }

    static bool IsNumber(string? text) =>
        text is null || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n);
}
