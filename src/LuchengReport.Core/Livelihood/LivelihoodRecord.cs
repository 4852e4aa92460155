namespace LuchengReport.Core.Livelihood;

/// <summary>
/// What the report says about its 民生实事 (livelihood projects), under any of their names (惠民实事, 为民办实事项目,
/// 20项民生工程 …: see <see cref="LivelihoodNames"/>). <see cref="Statements"/> holds every statement about them with
/// its count as written, its status (done, planned, voted) and the items when the report lists them. When the report
/// puts them to a vote, the vote's values come from that paragraph: how many candidates were drawn up
/// (<see cref="CandidateCount"/>), how the congress chooses (<see cref="SelectionMethod"/>, 票决), how many are chosen
/// (<see cref="SelectedCount"/>) and on what principle (群众提、大家定、政府办). Every value is read from the text; a
/// value the text does not give is null. <see cref="SourceText"/> is the span the values come from:
/// <c>text[SourceStart..SourceEnd]</c> of the source paragraph (or of the heading line when the statement is a
/// heading the parser keeps only as a section title, and then <see cref="SourceParagraphId"/> is null).
/// <see cref="Candidates"/> holds vote candidates only when a separate table supplies them
/// (<see cref="CandidatesListed"/>); items the report itself lists are on their statements.
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
    string? SourceParagraphId,
    string SourceSectionId,
    string SourceText,
    int SourceStart,
    int SourceEnd,
    string? TargetsSectionId,
    IReadOnlyList<LivelihoodStatement> Statements)
{
    /// <summary>The statements outside the source paragraph: "圆满完成省市区民生实事项目" (2020), "坚持每年办好十大民生实事" (2021-2025).</summary>
    public IReadOnlyList<LivelihoodStatement> RelatedStatements =>
        Statements.Where(s => s.ParagraphId != SourceParagraphId || s.SectionId != SourceSectionId).ToList();

    /// <summary>Whether the report lists any of its livelihood projects itself.</summary>
    public bool ItemsListed => Statements.Any(s => s.Items.Count > 0);
}

/// <summary>
/// One place the report speaks of its livelihood projects: <see cref="Text"/> is the clause, verbatim
/// (<c>text[Start..End]</c> of the paragraph, or of the heading line when <see cref="ParagraphId"/> is null).
/// <see cref="Name"/> is the name as written (民生实事, 惠民实事, 民生工程 …). <see cref="CountText"/> is the count as
/// written ("15件重点", "十大类44项", "十方面", "28项"), <see cref="Count"/> its number of projects (or of areas when
/// <see cref="Unit"/> is 方面), <see cref="CategoryCount"/> the number of categories ("十大类44项" → 10).
/// <see cref="Candidates"/> marks a count of vote candidates ("十二个民生实事候选项目"). <see cref="Status"/> is
/// <see cref="StatementStatus.Done"/>, <see cref="StatementStatus.Planned"/> or <see cref="StatementStatus.Voted"/>,
/// null when the text and its place do not tell. <see cref="Items"/> are the projects listed with it, verbatim;
/// <see cref="ListComplete"/> says whether they are as many as the count says (null without items).
/// </summary>
public sealed record LivelihoodStatement(
    string? ParagraphId,
    string SectionId,
    string? Period,
    string Text,
    int Start,
    int End,
    string Name,
    string? Status,
    string? CountText,
    int? Count,
    string? Unit,
    int? CategoryCount,
    bool Candidates,
    IReadOnlyList<LivelihoodItem> Items)
{
    public bool? ListComplete => Items.Count == 0 ? null : Items.Count == Count || Items.Count == CategoryCount;
}

/// <summary>
/// One listed project, verbatim: <see cref="Marker"/> as written ("一是", "(1)", "1.", "一、"; null for an
/// enumeration with 、 or ；), <see cref="Title"/> its first phrase, <see cref="Text"/> the whole item
/// (<c>text[Start..End]</c> of its paragraph or heading line). <see cref="AnnualTarget"/> is what follows
/// "年度目标" when the item states one; <see cref="MoreParagraphIds"/> are the paragraphs after it that belong to it
/// ("年度目标：…", "责任单位：…").
/// </summary>
public sealed record LivelihoodItem(
    int Number,
    string? Marker,
    string Title,
    string Text,
    string? ParagraphId,
    string SectionId,
    int Start,
    int End,
    LivelihoodSpan? AnnualTarget,
    IReadOnlyList<string> MoreParagraphIds);

/// <summary>A verbatim span of a paragraph (or of a heading line when <see cref="ParagraphId"/> is null).</summary>
public sealed record LivelihoodSpan(string? ParagraphId, string SectionId, string Text, int Start, int End);

/// <summary>The status words of <see cref="LivelihoodStatement.Status"/>.</summary>
public static class StatementStatus
{
    /// <summary>Done in the period it speaks of: "十方面民生实事圆满完成", or any statement of a year under review.</summary>
    public const string Done = "done";
    /// <summary>To be done: "接续办好15件重点民生实事", or any statement of the plan year.</summary>
    public const string Planned = "planned";
    /// <summary>Put to a vote of the people's congress: "提请本次大会票决", "由人大代表票决确定".</summary>
    public const string Voted = "voted";
}

/// <summary>One candidate project, from the optional table <c>seeds/&lt;report-id&gt;.livelihood.csv</c>; never from the report text.</summary>
public sealed record LivelihoodCandidate(int Number, string Title, string? Description, string? Category, bool? Selected);
