using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Features.Livelihood;

public static class LivelihoodApi
{
    public static IEndpointRouteBuilder MapLivelihood(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/{id}/livelihood", Get).WithTags("Reports").WithName("getLivelihood")
            .WithSummary("The 民生实事 (livelihood projects) and the congress vote")
            .WithDescription("""
                What the report says about its 民生实事: how many candidates (候选项目) were drawn up for the congress to vote on (票决),
                how many are chosen, the principle (群众提、大家定、政府办), the verbatim source, the related statements and where the
                year's livelihood targets are. The report does not list the candidates: `candidatesListed` is false and `note`
                says so, unless a `seeds/<report-id>.livelihood.csv` supplies them. 404 when the report says nothing about 民生实事.
                """)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    const string SelectRecord = """
        SELECT l.report_id AS ReportId, l.candidate_count AS CandidateCount, l.selected_count AS SelectedCount, l.selection_method AS SelectionMethod,
               l.selection_clause AS SelectionClause, l.principle AS Principle, l.candidates_listed AS CandidatesListed, l.note AS Note,
               l.source_paragraph_id AS SourceParagraphId, l.source_section_id AS SourceSectionId, l.source_text AS SourceText,
               l.source_start AS SourceStart, l.source_end AS SourceEnd, l.targets_section_id AS TargetsSectionId, s.title AS TargetsTitle
        FROM livelihood l LEFT JOIN sections s ON s.id = l.targets_section_id WHERE l.report_id = @id;
        SELECT st.paragraph_id AS ParagraphId, st.section_id AS SectionId, st.period AS Period, st.text AS Text, st.start AS Start, st."end" AS "End", p.text AS ParagraphText
        FROM livelihood_statements st JOIN paragraphs p ON p.id = st.paragraph_id WHERE st.report_id = @id ORDER BY st.ordinal;
        SELECT number AS Number, title AS Title, description AS Description, category AS Category, selected AS Selected
        FROM livelihood_candidates WHERE report_id = @id ORDER BY number;
        """;

    public static async Task<Results<Ok<LivelihoodDto>, ProblemHttpResult>> Get(string id, Db db, Catalog catalog, CancellationToken ct)
    {
        if (!catalog.HasReport(id)) return Validation.NotFound("Report", id);
        using var connection = await db.OpenAsync(ct);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectRecord, new { id }, cancellationToken: ct));
        var record = await results.ReadSingleOrDefaultAsync<Row>();
        var statements = (await results.ReadAsync<StatementRow>())
            .Select(r => new LivelihoodStatementDto(r.ParagraphId, r.SectionId, r.Period, r.Text, (int)r.Start, (int)r.End, r.ParagraphText)).ToList();
        var candidates = (await results.ReadAsync<CandidateRow>()).Select(c => new LivelihoodCandidateDto((int)c.Number, c.Title, c.Description, c.Category, c.Selected is null ? null : c.Selected != 0)).ToList();
        if (record is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing about 民生实事",
                detail: $"Report '{id}' says nothing about 民生实事 (livelihood projects).");
        return TypedResults.Ok(new LivelihoodDto(record.ReportId, (int?)record.CandidateCount, (int?)record.SelectedCount, record.SelectionMethod,
            record.SelectionClause, record.Principle, record.CandidatesListed != 0, candidates, record.Note, record.SourceParagraphId, record.SourceSectionId,
            record.SourceText, (int)record.SourceStart, (int)record.SourceEnd, statements,
            record.TargetsSectionId is { } section
                ? new LivelihoodTargets(section, record.TargetsTitle ?? "", $"/api/v1/indicators?section={section}&period={catalog.ReportYear(id)}")
                : null));
    }

    sealed record Row(string ReportId, long? CandidateCount, long? SelectedCount, string? SelectionMethod, string? SelectionClause, string? Principle,
        long CandidatesListed, string Note, string SourceParagraphId, string SourceSectionId, string SourceText, long SourceStart, long SourceEnd,
        string? TargetsSectionId, string? TargetsTitle);

    sealed record StatementRow(string ParagraphId, string SectionId, string? Period, string Text, long Start, long End, string ParagraphText);

    sealed record CandidateRow(long Number, string Title, string? Description, string? Category, long? Selected);
}
