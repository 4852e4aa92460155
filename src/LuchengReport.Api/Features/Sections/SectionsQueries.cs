using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Http;

namespace LuchengReport.Api.Features.Sections;

public static class SectionsQueries
{
    const string Columns = """
        s.id AS Id, s.report_id AS ReportId, s.parent_id AS ParentId, s.level AS Level, s.number AS Number, s.title AS Title,
        s.ordinal AS Ordinal, s.depth AS Depth, s.start AS Start, s."end" AS "End",
        coalesce(s.last_paragraph - s.first_paragraph + 1, 0) AS ParagraphCount
        """;

    const string Filter = """
        FROM sections s JOIN reports r ON r.id = s.report_id
        WHERE (@report IS NULL OR s.report_id = @report)
          AND (@level IS NULL OR s.level = @level)
          AND (@parent IS NULL OR s.parent_id = @parent)
        """;

    const string SelectPage = $"SELECT s.id AS Id, count(*) OVER () AS Total {Filter} ORDER BY r.ordinal, s.sequence LIMIT @limit OFFSET @offset;";
    const string CountAll = $"SELECT count(*) {Filter};";

    /// <summary>Every section as served, in document order, for <see cref="RowStore{T}"/>.</summary>
    public static RowStore<SectionDto> Store(IServiceProvider services) => new(services.GetRequiredService<Db>(),
        c => c.Query<SectionDto>($"SELECT {Columns} FROM sections s JOIN reports r ON r.id = s.report_id ORDER BY r.ordinal, s.sequence"), s => s.Id);

    public static async Task<(IReadOnlyList<SectionDto> Items, int Total)> ListAsync(Db db, RowStore<SectionDto> store, SectionListQuery query, PageRequest page, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var parameters = new { report = query.Report, level = query.Level, parent = query.Parent, limit = page.Limit, offset = page.Offset };
        var (ids, total) = await PagedIds.QueryAsync(connection, SelectPage, CountAll, parameters, ct);
        return (store.Pick(ids), total);
    }

    /// <summary>The chain of sections from the part (or preamble) down to <paramref name="sectionId"/> itself.</summary>
    public static IReadOnlyList<SectionRef> Breadcrumb(RowStore<SectionDto> store, string sectionId)
    {
        var chain = new List<SectionRef>();
        for (string? id = sectionId; id is not null && store.TryGet(id, out var section); id = section.ParentId) chain.Insert(0, Ref(section));
        return chain;
    }

    public static SectionDetail? Get(RowStore<SectionDto> store, RowStore<ParagraphDto> paragraphs, Catalog catalog, string id)
    {
        if (!store.TryGet(id, out var section)) return null;
        var report = store.All.Where(s => s.ReportId == section.ReportId).ToList();
        var siblings = report.Where(s => s.ParentId == section.ParentId).ToList();
        int index = siblings.FindIndex(s => s.Id == id);

        return new SectionDetail
        {
            Id = section.Id, ReportId = section.ReportId, ParentId = section.ParentId, Level = section.Level, Number = section.Number,
            Title = section.Title, Ordinal = section.Ordinal, Depth = section.Depth, Start = section.Start, End = section.End,
            ParagraphCount = section.ParagraphCount,
            Ancestors = Breadcrumb(store, id).SkipLast(1).ToList(),
            Children = report.Where(s => s.ParentId == id).Select(Ref).ToList(),
            Previous = index > 0 ? Ref(siblings[index - 1]) : null,
            Next = index + 1 < siblings.Count ? Ref(siblings[index + 1]) : null,
            Paragraphs = ParagraphsQueries.InSection(paragraphs, catalog.Sections[id]),
        };
    }

    static SectionRef Ref(SectionDto s) => new(s.Id, s.Level, s.Number, s.Title);
}
