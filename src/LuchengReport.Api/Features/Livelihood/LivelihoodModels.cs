using System.ComponentModel;

namespace LuchengReport.Api.Features.Livelihood;

[Description("What the report says about its 民生实事 (livelihood projects), under any of their names: every statement with its count and status, the projects it lists, and the congress vote when there is one. Values come from the text; where it is silent they are null and the note says so.")]
public sealed record LivelihoodDto(
    [property: Description("The report id.")] string ReportId,
    [property: Description("How many candidate projects (候选项目) were drawn up for a vote, read from the text (十二个 → 12); null without a vote.")] int? CandidateCount,
    [property: Description("How many the vote selects (十大民生实事 → 10); null without a vote.")] int? SelectedCount,
    [property: Description("How they are chosen, as written (票决: a vote of the people's congress).")] string? SelectionMethod,
    [property: Description("The clause that says so, verbatim (提请本次大会票决).")] string? SelectionClause,
    [property: Description("The principle as written (群众提、大家定、政府办).")] string? Principle,
    [property: Description("Whether vote candidates are supplied: true only when seeds/<id>.livelihood.csv supplies them. Projects the report itself lists are in statements[].items.")] bool CandidatesListed,
    [property: Description("The candidates when supplied, else empty.")] IReadOnlyList<LivelihoodCandidateDto> Candidates,
    [property: Description("A plain-language statement of what the report says and does not say.")] string Note,
    [property: Description("The paragraph the values come from; null when it is a heading line the parser keeps only as a section title.")] string? SourceParagraphId,
    [property: Description("Its section.")] string SourceSectionId,
    [property: Description("The verbatim span the values come from: paragraph.text[sourceStart:sourceEnd] (the vote sentences, else the main statement's sentence).")] string SourceText,
    [property: Description("Offset of sourceText in the paragraph.")] int SourceStart,
    [property: Description("End offset of sourceText.")] int SourceEnd,
    [property: Description("The statements outside the source paragraph (圆满完成省市区民生实事项目; 坚持每年办好十大民生实事), with their paragraphs.")] IReadOnlyList<LivelihoodStatementDto> RelatedStatements,
    [property: Description("Where the plan year's livelihood targets are: the section and a ready-made indicators URL; null if the report has no such section or the source speaks only of work done.")] LivelihoodTargets? Targets,
    [property: Description("Whether the report lists any of the projects itself (statements[].items).")] bool ItemsListed,
    [property: Description("Every statement about them, in text order, one per clause.")] IReadOnlyList<LivelihoodStatementDto> Statements);

[Description("A candidate livelihood project from seeds/<report-id>.livelihood.csv (never from the report text).")]
public sealed record LivelihoodCandidateDto(
    [property: Description("Its number in the table.")] int Number,
    [property: Description("Title.")] string Title,
    [property: Description("Description, or null.")] string? Description,
    [property: Description("Category, or null.")] string? Category,
    [property: Description("Whether the vote selected it, or null when unknown.")] bool? Selected);

[Description("A statement about 民生实事: the clause, the name and count as written, its period and status, the projects listed with it.")]
public sealed record LivelihoodStatementDto(
    [property: Description("The paragraph; null when the statement is a heading line the parser keeps only as a section title.")] string? ParagraphId,
    [property: Description("Its section.")] string SectionId,
    [property: Description("The period it speaks of (2024; 2021-2025), from a year in the clause or the part it stands in.")] string? Period,
    [property: Description("The clause, verbatim: paragraph.text[start:end].")] string Text,
    [property: Description("Offset of the clause in the paragraph (or heading line).")] int Start,
    [property: Description("End offset of the clause.")] int End,
    [property: Description("The whole paragraph; null for a heading line.")] string? ParagraphText,
    [property: Description("The name as written: 民生实事, 惠民实事, 为民办实事项目, 民生工程 …")] string Name,
    [property: Description("done (圆满完成, or a statement of a year under review), planned (接续办好, or a statement of the plan year) or voted (票决); null when neither the words nor the place tell.")] string? Status,
    [property: Description("The count as written, with any words between it and the name: 15件重点, 十大类44项, 12类55件, 十方面, 28项; null without a count.")] string? CountText,
    [property: Description("The number of projects the count gives (十件 → 10, 十大类44项 → 44), or of areas when unit is 方面; null when only categories are counted.")] int? Count,
    [property: Description("The measure word of the count: 件, 项, 个, 大, 方面, 大类, 类.")] string? Unit,
    [property: Description("The number of categories (十大类44项 → 10, 12类55件 → 12).")] int? CategoryCount,
    [property: Description("Whether the count is of vote candidates (十二个民生实事候选项目).")] bool Candidates,
    [property: Description("Whether the listed items are as many as the count says; false for examples (A、B等15件) or a list that does not match its count; null without items.")] bool? ListComplete,
    [property: Description("The projects listed with this statement, verbatim; empty when the report gives only a count.")] IReadOnlyList<LivelihoodItemDto> Items);

[Description("A listed livelihood project, verbatim.")]
public sealed record LivelihoodItemDto(
    [property: Description("Its number: the list's own (一是 → 1, (3) → 3, 十、 → 10), else its position.")] int Number,
    [property: Description("The marker as written (一是, （1）, 1., 一、); null for an enumeration with 、 or ；.")] string? Marker,
    [property: Description("Its first phrase (医疗卫生方面, 稳定和扩大就业).")] string Title,
    [property: Description("The whole item, verbatim: paragraph.text[start:end].")] string Text,
    [property: Description("The paragraph; null when the item is a heading line the parser keeps only as a section title.")] string? ParagraphId,
    [property: Description("Its section.")] string SectionId,
    [property: Description("Offset of the item in the paragraph (or heading line).")] int Start,
    [property: Description("End offset of the item.")] int End,
    [property: Description("What follows 年度目标 when the item states an annual target, verbatim; else null.")] LivelihoodSpanDto? AnnualTarget,
    [property: Description("Paragraphs after the item's own that belong to it (年度目标：…, 责任单位：…).")] IReadOnlyList<string> MoreParagraphIds);

[Description("A verbatim span of a paragraph (or of a heading line when paragraphId is null).")]
public sealed record LivelihoodSpanDto(
    [property: Description("The paragraph, or null for a heading line.")] string? ParagraphId,
    [property: Description("Its section.")] string SectionId,
    [property: Description("The text: paragraph.text[start:end].")] string Text,
    [property: Description("Offset in the paragraph.")] int Start,
    [property: Description("End offset.")] int End);

[Description("Where the livelihood targets of the plan year are.")]
public sealed record LivelihoodTargets(
    [property: Description("The section: the plan item about 民生 that holds or precedes the source.")] string SectionId,
    [property: Description("Its title.")] string Title,
    [property: Description("The indicators of that section and its subsections, for the report's year when known.")] string IndicatorsUrl);
