using System.Text.Json;
using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;
using LuchengReport.Core.Model;

namespace LuchengReport.Api.Features.Projects;

public static class ProjectsQueries
{
    // Mention filters (period, status, section) keep a project when any of its mentions matches.
    const string Filter = """
        FROM projects p JOIN reports r ON r.id = p.report_id
        WHERE (@report IS NULL OR p.report_id = @report)
          AND (@category IS NULL OR p.category = @category)
          AND (@q IS NULL OR instr(lower(p.name), lower(@q)) > 0 OR EXISTS (SELECT 1 FROM json_each(p.aliases) a WHERE instr(lower(a.value), lower(@q)) > 0))
          AND (@period IS NULL AND @status IS NULL AND @sectionReport IS NULL OR EXISTS (
                SELECT 1 FROM project_mentions m
                WHERE m.project_id = p.id
                  AND (@period IS NULL OR m.period = @period)
                  AND (@status IS NULL OR m.status = @status)
                  AND (@sectionReport IS NULL OR (p.report_id = @sectionReport AND m.paragraph_ordinal BETWEEN @first AND @last))))
        """;

    const string SelectPage = $"SELECT p.id AS Id, count(*) OVER () AS Total {Filter} ORDER BY r.ordinal, p.rowid LIMIT @limit OFFSET @offset;";
    const string CountAll = $"SELECT count(*) {Filter};";

    const string SelectProjects = "SELECT id AS Id, report_id AS ReportId, name AS Name, aliases AS Aliases, category AS Category FROM projects ORDER BY rowid;";

    const string SelectMentions = """
        SELECT project_id AS ProjectId, paragraph_id AS ParagraphId, section_id AS SectionId, surface AS Surface, quote AS Quote,
               quote_start AS QuoteStart, quote_end AS QuoteEnd, status AS Status, period AS Period
        FROM project_mentions ORDER BY project_id, ordinal;
        """;

    /// <summary>Every project with its mentions as served, for <see cref="RowStore{T}"/>.</summary>
    public static RowStore<ProjectDto> Store(IServiceProvider services) => new(services.GetRequiredService<Db>(), connection =>
    {
        var mentions = connection.Query<MentionRow>(SelectMentions).ToLookup(m => m.ProjectId, m => (ProjectMentionDto)m);
        return connection.Query<ProjectRow>(SelectProjects).Select(r => r.ToDto(mentions[r.Id].ToList())).ToList();
    }, p => p.Id);

    public static async Task<(IReadOnlyList<ProjectDto> Items, int Total)> ListAsync(Db db, RowStore<ProjectDto> store, Catalog catalog, ProjectListQuery query, PageRequest page, CancellationToken ct)
    {
        var section = query.Section is null ? null : catalog.Sections[query.Section];
        var parameters = new
        {
            report = query.Report, category = query.Category, q = query.Q, period = query.Period, status = query.Status,
            sectionReport = section?.ReportId, first = section?.FirstParagraph ?? 0, last = section?.LastParagraph ?? -1,
            limit = page.Limit, offset = page.Offset,
        };
        using var connection = await db.OpenAsync(ct);
        var (ids, total) = await PagedIds.QueryAsync(connection, SelectPage, CountAll, parameters, ct);
        return (store.Pick(ids), total);
    }

    public static ProjectDetail? Get(RowStore<ProjectDto> store, RowStore<ParagraphDto> paragraphs, RowStore<SectionDto> sections, string id)
    {
        if (!store.TryGet(id, out var dto)) return null;
        var details = new List<ProjectMentionDetail>();
        foreach (var m in dto.Mentions)
            details.Add(new ProjectMentionDetail
            {
                ParagraphId = m.ParagraphId, SectionId = m.SectionId, Surface = m.Surface, Quote = m.Quote, QuoteStart = m.QuoteStart,
                QuoteEnd = m.QuoteEnd, Status = m.Status, Period = m.Period,
                ParagraphText = paragraphs[m.ParagraphId].Text,
                Breadcrumb = SectionsQueries.Breadcrumb(sections, m.SectionId),
            });
        return new ProjectDetail(dto.Id, dto.ReportId, dto.Name, dto.Aliases, dto.Category, dto.Periods, dto.Statuses, details);
    }

    sealed class ProjectRow
    {
        public string Id { get; init; } = "";
        public string ReportId { get; init; } = "";
        public string Name { get; init; } = "";
        public string Aliases { get; init; } = "[]";
        public string Category { get; init; } = "";

        public ProjectDto ToDto(IReadOnlyList<ProjectMentionDto> mentions) => new()
        {
            Id = Id, ReportId = ReportId, Name = Name, Aliases = JsonSerializer.Deserialize<string[]>(Aliases) ?? [], Category = Category,
            Periods = PeriodOrder.Ordered(mentions.Select(m => m.Period).OfType<string>()),
            Statuses = mentions.Select(m => m.Status).OfType<string>().Distinct().ToList(),
            Mentions = mentions,
        };
    }

    sealed record MentionRow : ProjectMentionDto
    {
        public string ProjectId { get; init; } = "";
    }
}
