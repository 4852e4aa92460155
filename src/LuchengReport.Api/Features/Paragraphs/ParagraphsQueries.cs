using System.Data;
using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;

namespace LuchengReport.Api.Features.Paragraphs;

public static class ParagraphsQueries
{
    const string Columns = """
        p.id AS Id, p.report_id AS ReportId, p.section_id AS SectionId, p.ordinal AS Ordinal, p.text AS Text, p.start AS Start, p."end" AS "End"
        """;

    // A section filter is the section's paragraph range: its subtree is contiguous in document order.
    const string Filter = """
        FROM paragraphs p JOIN reports r ON r.id = p.report_id
        WHERE (@report IS NULL OR p.report_id = @report)
          AND (@sectionReport IS NULL OR (p.report_id = @sectionReport AND p.ordinal BETWEEN @first AND @last))
        """;

    const string SelectPage = $"SELECT p.id AS Id, count(*) OVER () AS Total {Filter} ORDER BY r.ordinal, p.ordinal LIMIT @limit OFFSET @offset;";
    const string CountAll = $"SELECT count(*) {Filter};";

    /// <summary>Every paragraph as served, for <see cref="RowStore{T}"/>.</summary>
    public static RowStore<ParagraphDto> Store(IServiceProvider services) =>
        new(services.GetRequiredService<Db>(), c => c.Query<ParagraphDto>($"SELECT {Columns} FROM paragraphs p ORDER BY p.rowid"), p => p.Id);

    public static async Task<(IReadOnlyList<ParagraphDto> Items, int Total)> ListAsync(Db db, RowStore<ParagraphDto> store, Catalog catalog, ParagraphListQuery query, PageRequest page, CancellationToken ct)
    {
        var section = query.Section is null ? null : catalog.Sections[query.Section];
        var parameters = new
        {
            report = query.Report, sectionReport = section?.ReportId, first = section?.FirstParagraph ?? 0, last = section?.LastParagraph ?? -1,
            limit = page.Limit, offset = page.Offset,
        };
        using var connection = await db.OpenAsync(ct);
        var (ids, total) = await PagedIds.QueryAsync(connection, SelectPage, CountAll, parameters, ct);
        return (store.Pick(ids), total);
    }

    const string SelectInSection = $"""
        SELECT {Columns}
        FROM sections s JOIN paragraphs p ON p.report_id = s.report_id AND p.ordinal BETWEEN s.first_paragraph AND s.last_paragraph
        WHERE s.id = @sectionId ORDER BY p.ordinal;
        """;

    public static async Task<IReadOnlyList<ParagraphDto>> InSectionAsync(IDbConnection connection, string sectionId, CancellationToken ct) =>
        (await connection.QueryAsync<ParagraphDto>(new CommandDefinition(SelectInSection, new { sectionId }, cancellationToken: ct))).ToList();

    const string SelectOne = $"""
        SELECT {Columns},
               (SELECT q.id FROM paragraphs q WHERE q.report_id = p.report_id AND q.ordinal = p.ordinal - 1) AS PreviousId,
               (SELECT q.id FROM paragraphs q WHERE q.report_id = p.report_id AND q.ordinal = p.ordinal + 1) AS NextId
        FROM paragraphs p WHERE p.id = @id;
        """;

    const string SelectBreadcrumb = """
        WITH RECURSIVE chain (id, parent_id, level, number, title, depth) AS (
            SELECT id, parent_id, level, number, title, depth FROM sections WHERE id = @sectionId
            UNION ALL
            SELECT s.id, s.parent_id, s.level, s.number, s.title, s.depth FROM sections s JOIN chain c ON s.id = c.parent_id
        )
        SELECT id AS Id, level AS Level, number AS Number, title AS Title FROM chain ORDER BY depth;
        """;

    /// <summary>The chain of sections from the part down to <paramref name="sectionId"/>.</summary>
    public static async Task<IReadOnlyList<SectionRef>> BreadcrumbAsync(IDbConnection connection, string sectionId, CancellationToken ct) =>
        (await connection.QueryAsync<SectionRef>(new CommandDefinition(SelectBreadcrumb, new { sectionId }, cancellationToken: ct))).ToList();

    public static async Task<ParagraphDetail?> GetAsync(Db db, string id, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<DetailRow>(new CommandDefinition(SelectOne, new { id }, cancellationToken: ct));
        if (row is null) return null;
        var breadcrumb = await BreadcrumbAsync(connection, row.SectionId, ct);
        return new ParagraphDetail
        {
            Id = row.Id, ReportId = row.ReportId, SectionId = row.SectionId, Ordinal = row.Ordinal, Text = row.Text,
            Start = row.Start, End = row.End, Breadcrumb = breadcrumb, PreviousId = row.PreviousId, NextId = row.NextId,
        };
    }

    sealed class DetailRow
    {
        public string Id { get; init; } = "";
        public string ReportId { get; init; } = "";
        public string SectionId { get; init; } = "";
        public int Ordinal { get; init; }
        public string Text { get; init; } = "";
        public int Start { get; init; }
        public int End { get; init; }
        public string? PreviousId { get; init; }
        public string? NextId { get; init; }
    }
}
