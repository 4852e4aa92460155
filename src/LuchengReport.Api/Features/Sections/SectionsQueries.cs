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

    const string SelectPage = $"SELECT {Columns} {Filter} ORDER BY r.ordinal, s.sequence LIMIT @limit OFFSET @offset;";
    const string CountAll = $"SELECT count(*) {Filter};";

    public static async Task<(IReadOnlyList<SectionDto> Items, int Total)> ListAsync(Db db, SectionListQuery query, PageRequest page, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var parameters = new { report = query.Report, level = query.Level, parent = query.Parent, limit = page.Limit, offset = page.Offset };
        var items = (await connection.QueryAsync<SectionDto>(new CommandDefinition(SelectPage, parameters, cancellationToken: ct))).ToList();
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountAll, parameters, cancellationToken: ct));
        return (items, (int)total);
    }

    const string SelectOne = $"SELECT {Columns} FROM sections s WHERE s.id = @id;";
    const string SelectRelatives = """
        SELECT id AS Id, level AS Level, number AS Number, title AS Title, parent_id AS ParentId, ordinal AS Ordinal
        FROM sections WHERE report_id = @reportId ORDER BY sequence;
        """;

    public static async Task<SectionDetail?> GetAsync(Db db, string id, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var section = await connection.QuerySingleOrDefaultAsync<SectionDto>(new CommandDefinition(SelectOne, new { id }, cancellationToken: ct));
        if (section is null) return null;

        // The report's sections are few (tens): walking them in memory is simpler than recursive SQL.
        var all = (await connection.QueryAsync<RelativeRow>(new CommandDefinition(SelectRelatives, new { reportId = section.ReportId }, cancellationToken: ct)))
            .ToDictionary(r => r.Id);
        var ancestors = new List<SectionRef>();
        for (var parent = section.ParentId; parent is not null; parent = all[parent].ParentId) ancestors.Insert(0, all[parent].Ref);
        var siblings = all.Values.Where(r => r.ParentId == section.ParentId).ToList();
        int index = siblings.FindIndex(r => r.Id == id);

        return new SectionDetail
        {
            Id = section.Id, ReportId = section.ReportId, ParentId = section.ParentId, Level = section.Level, Number = section.Number,
            Title = section.Title, Ordinal = section.Ordinal, Depth = section.Depth, Start = section.Start, End = section.End,
            ParagraphCount = section.ParagraphCount,
            Ancestors = ancestors,
            Children = all.Values.Where(r => r.ParentId == id).Select(r => r.Ref).ToList(),
            Previous = index > 0 ? siblings[index - 1].Ref : null,
            Next = index + 1 < siblings.Count ? siblings[index + 1].Ref : null,
            Paragraphs = await ParagraphsQueries.InSectionAsync(connection, id, ct),
        };
    }

    sealed record RelativeRow(string Id, string Level, string? Number, string Title, string? ParentId, long Ordinal)
    {
        public SectionRef Ref => new(Id, Level, Number, Title);
    }
}
