using System.ComponentModel;
using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Search;

[Description("A search hit: what matched, where it is, and a snippet with the match marked.")]
public sealed record SearchHit(
    [property: Description("paragraph, section, indicator or project.")] string Type,
    [property: Description("The id of the paragraph, section, indicator or project; follow it to its endpoint.")] string Id,
    [property: Description("The report id.")] string ReportId,
    [property: Description("The section it sits in (for a section, the section itself).")] string SectionId,
    [property: Description("A label: the section title, the indicator subject, the project name, or the section title of a paragraph.")] string Title,
    [property: Description("Which field matched: text, title, subject or name.")] string Field,
    [property: Description("Up to 40 characters either side of the first match, the match wrapped in <mark></mark>, … where cut. Plain text otherwise.")] string Snippet,
    [property: Description("Offset of the first match in the matched field's full value (UTF-16 code units).")] int MatchStart,
    [property: Description("End offset (exclusive) of the first match.")] int MatchEnd);

/// <summary>GET /api/v1/search parameters.</summary>
public sealed record SearchQuery : PagedQuery
{
    public const int MaxLength = 100;

    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "report")] public string? Report { get; init; }
    [FromQuery(Name = "type")] public string? Type { get; init; }

    /// <summary>Length in characters as people count them (an emoji is one), not UTF-16 units.</summary>
    public static int Length(string q) => q.EnumerateRunes().Count();
}

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator(Catalog catalog)
    {
        Include(new PagingRules());
        RuleFor(q => q.Q).Must(q => q is not null && q.Trim().Length > 0 && SearchQuery.Length(q.Trim()) <= SearchQuery.MaxLength).OverridePropertyName("q")
            .WithMessage($"q is required: the words to find, 1 to {SearchQuery.MaxLength} characters (Chinese needs no spaces: 岛, 教育, 七都 and 温州国际未来科技岛 all work).");
        RuleFor(q => q.Report).KnownReport(catalog);
        RuleFor(q => q.Type).OneOf("type", () => SearchTypes.All);
    }
}

public static class SearchTypes
{
    public const string Paragraph = "paragraph", Section = "section", Indicator = "indicator", Project = "project";
    public static readonly IReadOnlyList<string> All = [Paragraph, Section, Indicator, Project];
}
