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

    /// <summary>The paragraphs of a section and its subsections: its paragraph range, in document order.</summary>
    public static IReadOnlyList<ParagraphDto> InSection(RowStore<ParagraphDto> store, SectionRange section) =>
        store.All.Where(p => p.ReportId == section.ReportId && p.Ordinal >= section.FirstParagraph && p.Ordinal <= section.LastParagraph)
            .OrderBy(p => p.Ordinal).ToList();

    public static ParagraphDetail? Get(RowStore<ParagraphDto> store, RowStore<SectionDto> sections, string id)
    {
        if (!store.TryGet(id, out var p)) return null;
        return new ParagraphDetail
        {
            Id = p.Id, ReportId = p.ReportId, SectionId = p.SectionId, Ordinal = p.Ordinal, Text = p.Text, Start = p.Start, End = p.End,
            Breadcrumb = SectionsQueries.Breadcrumb(sections, p.SectionId),
            PreviousId = Neighbour(store, p, -1), NextId = Neighbour(store, p, +1),
        };
    }

    /// <summary>The id of the paragraph <paramref name="step"/> places away in the same report, or null.</summary>
    static string? Neighbour(RowStore<ParagraphDto> store, ParagraphDto p, int step)
    {
        // The store is in insertion order, a report's paragraphs one after the other: the neighbour is usually next door.
        int at = store.PositionOf(p.Id) + step;
        if (at >= 0 && at < store.All.Count && store.All[at] is { } q && q.ReportId == p.ReportId && q.Ordinal == p.Ordinal + step) return q.Id;
        return store.All.FirstOrDefault(q => q.ReportId == p.ReportId && q.Ordinal == p.Ordinal + step)?.Id;
    }
}
