using System.ComponentModel;
using System.Text.Json.Serialization;
using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using LuchengReport.Core.Model;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Sections;

[Description("A section of a report: the preamble, a part (一、), an item ((一)), a subsection (a titled paragraph inside an item, or inside a part without items) or an appendix (附件, 名词解释 after the closing words).")]
public record SectionDto
{
    [Description("Stable id from the report id and the section's position: lucheng-2021-s3-2-1 is part 3, item 2, subsection 1; -s0 is the preamble; -a1 the first appendix.")] public required string Id { get; init; }
    [Description("The report id.")] public required string ReportId { get; init; }
    [Description("The parent section's id; null for the preamble, the parts and the appendices.")] public required string? ParentId { get; init; }
    [Description("preamble, part, item, subsection or appendix.")] public required string Level { get; init; }
    [Description("The heading number as written (一, 二 …), or an appendix's label (附件, 附件1); null for the preamble, subsections and parts found without numerals.")] public required string? Number { get; init; }
    [Description("The heading as published, without its number (疫情防控取得阶段性胜利).")] public required string Title { get; init; }
    [Description("1-based position among its siblings (the preamble is 0).")] public required int Ordinal { get; init; }
    [Description("1 for the preamble, parts and appendices, 2 for items (and subsections of a part without items), 3 for subsections of items.")] public required int Depth { get; init; }
    [Description("Offset in the report text where the section starts (its heading).")] public required int Start { get; init; }
    [Description("Offset in the report text where its last paragraph ends (exclusive).")] public required int End { get; init; }
    [Description("Paragraphs in this section and its descendants.")] public required int ParagraphCount { get; init; }
}

[Description("A pointer to a section.")]
public sealed record SectionRef(
    [property: Description("Section id.")] string Id,
    [property: Description("preamble, part, item, subsection or appendix.")] string Level,
    [property: Description("Heading number or null.")] string? Number,
    [property: Description("Heading as published.")] string Title);

[Description("A section with where it sits (ancestors, siblings), its children and all its paragraphs.")]
public sealed record SectionDetail : SectionDto
{
    [JsonPropertyOrder(1), Description("From the part down to the parent; empty for parts and the preamble.")] public required IReadOnlyList<SectionRef> Ancestors { get; init; }
    [JsonPropertyOrder(1), Description("Child sections in document order.")] public required IReadOnlyList<SectionRef> Children { get; init; }
    [JsonPropertyOrder(1), Description("The previous sibling, or null.")] public required SectionRef? Previous { get; init; }
    [JsonPropertyOrder(1), Description("The next sibling, or null.")] public required SectionRef? Next { get; init; }
    [JsonPropertyOrder(1), Description("Every paragraph of the section and its descendants, in document order (each names its own sectionId).")] public required IReadOnlyList<Paragraphs.ParagraphDto> Paragraphs { get; init; }
}

/// <summary>GET /api/v1/sections filters.</summary>
public sealed record SectionListQuery : PagedQuery
{
    [FromQuery(Name = "report")] public string? Report { get; init; }
    [FromQuery(Name = "level")] public string? Level { get; init; }
    [FromQuery(Name = "parent")] public string? Parent { get; init; }
}

public sealed class SectionListQueryValidator : AbstractValidator<SectionListQuery>
{
    public SectionListQueryValidator(Catalog catalog)
    {
        Include(new PagingRules());
        RuleFor(q => q.Report).KnownReport(catalog);
        RuleFor(q => q.Level).OneOf("level", () => SectionLevels.All);
        RuleFor(q => q.Parent).KnownSection(catalog, "parent");
    }
}

public static class SectionRules
{
    public static string UnknownSection(string parameter) =>
        $"{parameter} must be the id of a section, such as lucheng-2021-s3 or lucheng-2021-s3-2-1; /api/v1/reports/{{id}}/contents lists them.";
}
