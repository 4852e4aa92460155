using FluentValidation;

namespace LuchengReport.Api.Http;

/// <summary>Query strings every collection accepts. Values stay strings until validated so a bad one gets a clear 400.</summary>
public abstract record PagedQuery
{
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "limit")] public string? Limit { get; init; }
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "offset")] public string? Offset { get; init; }
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "format")] public string? Format { get; init; }
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "download")] public string? Download { get; init; }
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "bom")] public string? Bom { get; init; }

    /// <summary>The page to fetch: the one asked for, or every matching row for a CSV export (paging never truncates an export).</summary>
    public PageRequest PageIn(HttpContext context) => Formats.WantsCsv(context.Request) ? PageRequest.All : PageRequest.From(Limit, Offset);
}

/// <summary>The shared rules for limit and offset, included by each collection's validator.</summary>
public sealed class PagingRules : AbstractValidator<PagedQuery>
{
    public PagingRules()
    {
        RuleFor(q => q.Limit).Must(v => v is null || IsIntegerIn(v, 1, PageRequest.MaxLimit)).OverridePropertyName("limit")
            .WithMessage($"limit must be a whole number from 1 to {PageRequest.MaxLimit} (default {PageRequest.DefaultLimit}).");
        RuleFor(q => q.Offset).Must(v => v is null || IsIntegerIn(v, 0, PageRequest.MaxOffset)).OverridePropertyName("offset")
            .WithMessage($"offset must be a whole number from 0 to {PageRequest.MaxOffset} (default 0).");
        RuleFor(q => q.Format).Must(f => f is null || Formats.All.Contains(f)).OverridePropertyName("format")
            .WithMessage(Validation.OneOf("format", Formats.All));
        RuleFor(q => q.Download).Must(f => f is null || Formats.Flags.Contains(f)).OverridePropertyName("download")
            .WithMessage(Validation.OneOf("download", Formats.Flags));
        RuleFor(q => q.Bom).Must(f => f is null || Formats.Flags.Contains(f)).OverridePropertyName("bom")
            .WithMessage(Validation.OneOf("bom", Formats.Flags));
    }

    public static bool IsIntegerIn(string value, int min, int max) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max;
}
