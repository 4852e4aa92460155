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
    public const int MaxQueryLength = 100;

    public IndicatorListQueryValidator(Catalog catalog)
    {
        Include(new PagingRules());
        RuleFor(q => q.Report).Must(r => r is null || catalog.HasReport(r)).OverridePropertyName("report")
            .WithMessage(_ => Validation.OneOf("report", catalog.ReportIds));
        RuleFor(q => q.Section).Must(s => s is null || catalog.Sections.ContainsKey(s)).OverridePropertyName("section")
            .WithMessage(SectionRules.UnknownSection("section"));
        OneOf(q => q.Kind, "kind", IndicatorVocabulary.Kinds.All);
        OneOf(q => q.Measure, "measure", IndicatorVocabulary.Measures.All);
        OneOf(q => q.Comparator, "comparator", IndicatorVocabulary.Comparators.All);
        OneOf(q => q.Tier, "tier", IndicatorVocabulary.Tiers.All);
        OneOf(q => q.Sort, "sort", IndicatorListQuery.Sorts);
        RuleFor(q => q.Period).Must(p => p is null || catalog.Periods.Contains(p)).OverridePropertyName("period")
            .WithMessage(_ => Validation.OneOf("period", catalog.Periods));
        RuleFor(q => q.Unit).Must(u => u is null || catalog.Units.Contains(u)).OverridePropertyName("unit")
            .WithMessage(_ => Validation.OneOf("unit", catalog.Units));
        RuleFor(q => q.Q).Must(q => q is null || q.Length is > 0 and <= MaxQueryLength).OverridePropertyName("q")
            .WithMessage($"q must be 1 to {MaxQueryLength} characters.");
        RuleFor(q => q.MinValue).Must(IsNumber).OverridePropertyName("minValue").WithMessage("minValue must be a number, such as 100000000 or 8.5.");
        RuleFor(q => q.MaxValue).Must(IsNumber).OverridePropertyName("maxValue").WithMessage("maxValue must be a number, such as 100000000 or 8.5.");
    }

    void OneOf(System.Linq.Expressions.Expression<Func<IndicatorListQuery, string?>> field, string name, IReadOnlyList<string> allowed) =>
        RuleFor(field).Must(v => v is null || allowed.Contains(v)).OverridePropertyName(name).WithMessage(Validation.OneOf(name, allowed));

    static bool IsNumber(string? text) =>
        text is null || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n);
}
