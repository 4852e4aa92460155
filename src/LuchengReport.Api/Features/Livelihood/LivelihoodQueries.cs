using System.Data;
using System.Text.Json;
using Dapper;

namespace LuchengReport.Api.Features.Livelihood;

/// <summary>The 民生实事 record of one report: the record row, its statements with their items, the supplied candidates.</summary>
public static class LivelihoodQueries
{
    const string SelectRecord = """
        SELECT l.report_id AS ReportId, l.candidate_count AS CandidateCount, l.selected_count AS SelectedCount, l.selection_method AS SelectionMethod,
               l.selection_clause AS SelectionClause, l.principle AS Principle, l.candidates_listed AS CandidatesListed, l.note AS Note,
               l.source_paragraph_id AS SourceParagraphId, l.source_section_id AS SourceSectionId, l.source_text AS SourceText,
               l.source_start AS SourceStart, l.source_end AS SourceEnd, l.targets_section_id AS TargetsSectionId, s.title AS TargetsTitle
        FROM livelihood l LEFT JOIN sections s ON s.id = l.targets_section_id WHERE l.report_id = @id;
        SELECT st.ordinal AS Ordinal, st.paragraph_id AS ParagraphId, st.section_id AS SectionId, st.period AS Period, st.text AS Text, st.start AS Start,
               st."end" AS "End", p.text AS ParagraphText, st.name AS Name, st.status AS Status, st.count_text AS CountText, st.count AS Count,
               st.unit AS Unit, st.category_count AS CategoryCount, st.candidates AS Candidates, st.list_complete AS ListComplete
        FROM livelihood_statements st LEFT JOIN paragraphs p ON p.id = st.paragraph_id WHERE st.report_id = @id ORDER BY st.ordinal;
        SELECT statement_ordinal AS StatementOrdinal, number AS Number, marker AS Marker, title AS Title, text AS Text, paragraph_id AS ParagraphId,
               section_id AS SectionId, start AS Start, "end" AS "End", target_text AS TargetText, target_paragraph_id AS TargetParagraphId,
               target_section_id AS TargetSectionId, target_start AS TargetStart, target_end AS TargetEnd, more_paragraph_ids AS MoreParagraphIds
        FROM livelihood_items WHERE report_id = @id ORDER BY statement_ordinal, number;
        SELECT number AS Number, title AS Title, description AS Description, category AS Category, selected AS Selected
        FROM livelihood_candidates WHERE report_id = @id ORDER BY number;
        """;

    public static async Task<LivelihoodDto?> Read(IDbConnection connection, string id, long? year, CancellationToken ct)
    {
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectRecord, new { id }, cancellationToken: ct));
        var record = await results.ReadSingleOrDefaultAsync<Row>();
        var statementRows = (await results.ReadAsync<StatementRow>()).ToList();
        var items = (await results.ReadAsync<ItemRow>()).ToLookup(i => i.StatementOrdinal, Item);
        var candidates = (await results.ReadAsync<CandidateRow>())
            .Select(c => new LivelihoodCandidateDto((int)c.Number, c.Title, c.Description, c.Category, c.Selected is null ? null : c.Selected != 0)).ToList();
        if (record is null) return null;

        var statements = statementRows.Select(s => new LivelihoodStatementDto(s.ParagraphId, s.SectionId, s.Period, s.Text, (int)s.Start, (int)s.End,
            s.ParagraphText, s.Name, s.Status, s.CountText, (int?)s.Count, s.Unit, (int?)s.CategoryCount, s.Candidates != 0,
            s.ListComplete is null ? null : s.ListComplete != 0, items[s.Ordinal].ToList())).ToList();
        var related = statements.Where(s => s.ParagraphId != record.SourceParagraphId || s.SectionId != record.SourceSectionId).ToList();
        var period = year is null ? "" : $"&period={year}";
        return new LivelihoodDto(record.ReportId, (int?)record.CandidateCount, (int?)record.SelectedCount, record.SelectionMethod,
            record.SelectionClause, record.Principle, record.CandidatesListed != 0, candidates, record.Note, record.SourceParagraphId, record.SourceSectionId,
            record.SourceText, (int)record.SourceStart, (int)record.SourceEnd, related,
            record.TargetsSectionId is { } section
                ? new LivelihoodTargets(section, record.TargetsTitle ?? "", $"/api/v1/indicators?section={section}{period}")
                : null,
            statements.Any(s => s.Items.Count > 0), statements);
    }

    static LivelihoodItemDto Item(ItemRow i) => new(
        (int)i.Number, i.Marker, i.Title, i.Text, i.ParagraphId, i.SectionId, (int)i.Start, (int)i.End,
        i.TargetText is null ? null : new LivelihoodSpanDto(i.TargetParagraphId, i.TargetSectionId!, i.TargetText, (int)i.TargetStart!, (int)i.TargetEnd!),
        JsonSerializer.Deserialize<string[]>(i.MoreParagraphIds) ?? []);

    sealed record Row(string ReportId, long? CandidateCount, long? SelectedCount, string? SelectionMethod, string? SelectionClause, string? Principle,
        long CandidatesListed, string Note, string? SourceParagraphId, string SourceSectionId, string SourceText, long SourceStart, long SourceEnd,
        string? TargetsSectionId, string? TargetsTitle);

    sealed record StatementRow(long Ordinal, string? ParagraphId, string SectionId, string? Period, string Text, long Start, long End, string? ParagraphText,
        string Name, string? Status, string? CountText, long? Count, string? Unit, long? CategoryCount, long Candidates, long? ListComplete);

    sealed record ItemRow(long StatementOrdinal, long Number, string? Marker, string Title, string Text, string? ParagraphId, string SectionId,
        long Start, long End, string? TargetText, string? TargetParagraphId, string? TargetSectionId, long? TargetStart, long? TargetEnd,
        string MoreParagraphIds);

    sealed record CandidateRow(long Number, string Title, string? Description, string? Category, long? Selected);
}
