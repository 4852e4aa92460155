namespace LuchengReport.Core.Livelihood;

/// <summary>
/// What the report says about its 民生实事 (livelihood projects): how many candidates the government drew up
/// (<see cref="CandidateCount"/>), how the congress chooses among them (<see cref="SelectionMethod"/>, 票决),
/// how many are chosen (<see cref="SelectedCount"/>) and on what principle (群众提、大家定、政府办). Every value is
/// read from <see cref="SourceText"/> (<c>paragraph.Text[SourceStart..SourceEnd]</c>); a value the text does not
/// give is null. The report does not list the candidates: <see cref="Candidates"/> holds them only when a separate
/// table supplies them, and then <see cref="CandidatesListed"/> is true.
/// </summary>
public sealed record LivelihoodRecord(
    string ReportId,
    int? CandidateCount,
    int? SelectedCount,
    string? SelectionMethod,
    string? SelectionClause,
    string? Principle,
    bool CandidatesListed,
    IReadOnlyList<LivelihoodCandidate> Candidates,
    string Note,
    string SourceParagraphId,
    string SourceSectionId,
    string SourceText,
    int SourceStart,
    int SourceEnd,
    string? TargetsSectionId,
    IReadOnlyList<LivelihoodStatement> RelatedStatements);

/// <summary>
/// Another place the report speaks of 民生实事: "圆满完成省市区民生实事项目" (2020), "坚持每年办好十大民生实事"
/// (2021-2025). <see cref="Text"/> is the clause, verbatim: <c>paragraph.Text[Start..End]</c>.
/// </summary>
public sealed record LivelihoodStatement(string ParagraphId, string SectionId, string? Period, string Text, int Start, int End);

/// <summary>One candidate project, from the optional table <c>seeds/&lt;report-id&gt;.livelihood.csv</c>; never from the report text.</summary>
public sealed record LivelihoodCandidate(int Number, string Title, string? Description, string? Category, bool? Selected);
