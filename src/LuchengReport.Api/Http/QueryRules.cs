using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Sections;

namespace LuchengReport.Api.Http;

/// <summary>
/// The rules several query records share, each naming its parameter and what is allowed, so every endpoint
/// answers a bad report id, section id, closed value or free-text filter with the same 400.
/// </summary>
public static class QueryRules
{
    public const int MaxTextLength = 100;

    /// <summary>Null, or the id of a report the database holds.</summary>
    public static IRuleBuilderOptions<T, string?> KnownReport<T>(this IRuleBuilder<T, string?> rule, Catalog catalog, string name = "report") =>
        rule.Must(r => r is null || catalog.HasReport(r)).OverridePropertyName(name).WithMessage(_ => Validation.OneOf(name, catalog.ReportIds));

    /// <summary>Null, or the id of a section the database holds.</summary>
    public static IRuleBuilderOptions<T, string?> KnownSection<T>(this IRuleBuilder<T, string?> rule, Catalog catalog, string name) =>
        rule.Must(s => s is null || catalog.Sections.ContainsKey(s)).OverridePropertyName(name).WithMessage(SectionRules.UnknownSection(name));

    /// <summary>Null, or one of a closed set of values.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, string name, Func<IReadOnlyList<string>> allowed) =>
        rule.Must(v => v is null || allowed().Contains(v)).OverridePropertyName(name).WithMessage(_ => Validation.OneOf(name, allowed()));

    /// <summary>Null, or a substring filter of 1 to 100 characters.</summary>
    public static IRuleBuilderOptions<T, string?> FilterText<T>(this IRuleBuilder<T, string?> rule, string name = "q") =>
        rule.Must(q => q is null || q.Length is > 0 and <= MaxTextLength).OverridePropertyName(name).WithMessage($"{name} must be 1 to {MaxTextLength} characters.");

    /// <summary>Null, or a plan year written as four digits (1949 to 2100).</summary>
    public static IRuleBuilderOptions<T, string?> PlanYear<T>(this IRuleBuilder<T, string?> rule, string name = "year") =>
        rule.Must(y => y is null || y.Length == 4 && y.All(char.IsAsciiDigit) && int.Parse(y) is >= 1949 and <= 2100)
            .OverridePropertyName(name).WithMessage($"{name} must be a year of four digits, 1949 to 2100, such as 2025.");
}
