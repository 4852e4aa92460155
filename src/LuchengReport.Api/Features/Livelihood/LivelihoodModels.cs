using System.ComponentModel;

namespace LuchengReport.Api.Features.Livelihood;

[Description("What the report says about its 民生实事 (livelihood projects) and the congress vote on them. Values come from the text; where it is silent they are null and the note says so.")]
public sealed record LivelihoodDto(
    [property: Description("The report id.")] string ReportId,
    [property: Description("How many candidate projects (候选项目) the government drew up, read from the text (十二个 → 12).")] int? CandidateCount,
    [property: Description("How many the vote selects (十大民生实事 → 10).")] int? SelectedCount,
    [property: Description("How they are chosen, as written (票决: a vote of the people's congress).")] string? SelectionMethod,
    [property: Description("The clause that says so, verbatim (提请本次大会票决).")] string? SelectionClause,
    [property: Description("The principle as written (群众提、大家定、政府办).")] string? Principle,
    [property: Description("Whether the candidates are listed. The report does not list them; true only when seeds/<id>.livelihood.csv supplies them.")] bool CandidatesListed,
    [property: Description("The candidates when supplied, else empty.")] IReadOnlyList<LivelihoodCandidateDto> Candidates,
    [property: Description("A plain-language statement of what the report says and does not say.")] string Note,
    [property: Description("The paragraph the values come from.")] string SourceParagraphId,
    [property: Description("Its section.")] string SourceSectionId,
    [property: Description("The verbatim span the values come from: paragraph.text[sourceStart:sourceEnd].")] string SourceText,
    [property: Description("Offset of sourceText in the paragraph.")] int SourceStart,
    [property: Description("End offset of sourceText.")] int SourceEnd,
    [property: Description("Other statements about 民生实事 (2020: 圆满完成省市区民生实事项目; 2021-2025: 坚持每年办好十大民生实事), with their paragraphs.")] IReadOnlyList<LivelihoodStatementDto> RelatedStatements,
    [property: Description("Where the 2021 livelihood targets are: the section and a ready-made indicators URL; null if the report has no such section.")] LivelihoodTargets? Targets);

[Description("A candidate livelihood project from seeds/<report-id>.livelihood.csv (never from the report text).")]
public sealed record LivelihoodCandidateDto(
    [property: Description("Its number in the table.")] int Number,
    [property: Description("Title.")] string Title,
    [property: Description("Description, or null.")] string? Description,
    [property: Description("Category, or null.")] string? Category,
    [property: Description("Whether the vote selected it, or null when unknown.")] bool? Selected);

[Description("A statement about 民生实事 elsewhere in the report.")]
public sealed record LivelihoodStatementDto(
    [property: Description("The paragraph.")] string ParagraphId,
    [property: Description("Its section.")] string SectionId,
    [property: Description("The period it speaks of.")] string? Period,
    [property: Description("The clause, verbatim: paragraph.text[start:end].")] string Text,
    [property: Description("Offset of the clause in the paragraph.")] int Start,
    [property: Description("End offset of the clause.")] int End,
    [property: Description("The whole paragraph.")] string ParagraphText);

[Description("Where the livelihood targets of the plan year are.")]
public sealed record LivelihoodTargets(
    [property: Description("The section (part 三, item (七) in the 2021 report).")] string SectionId,
    [property: Description("Its title.")] string Title,
    [property: Description("The indicators of that section and its subsections.")] string IndicatorsUrl);
