using System.Text.Json;
using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;

namespace LuchengReport.Api.Features.Indicators;

public static class IndicatorsQueries
{
    public const string Columns = """
        i.id AS Id, i.report_id AS ReportId, i.paragraph_id AS ParagraphId, i.section_id AS SectionId, i.subject AS Subject,
        i.subject_key AS SubjectKey, i.value AS Value, i.value_high AS ValueHigh, i.value_text AS ValueText, i.unit AS Unit, i.normalized_value AS NormalizedValue,
        i.normalized_unit AS NormalizedUnit, i.measure AS Measure, i.kind AS Kind, i.period AS Period, i.comparator AS Comparator,
        i.qualifier AS Qualifier, i.direction AS Direction, i.source_text AS SourceText, i.source_start AS SourceStart,
        i.source_end AS SourceEnd, i.related_ids AS RelatedIds, i.tier AS Tier
        """;

    // Every filter is optional: a null parameter switches its condition off, so the SQL text never depends on the request.
    const string Filter = """
        FROM indicators i JOIN reports r ON r.id = i.report_id
        WHERE (@report IS NULL OR i.report_id = @report)
          AND (@sectionReport IS NULL OR (i.report_id = @sectionReport AND i.paragraph_ordinal BETWEEN @first AND @last))
          AND (@kind IS NULL OR i.kind = @kind)
          AND (@period IS NULL OR i.period = @period)
          AND (@measure IS NULL OR i.measure = @measure)
          AND (@comparator IS NULL OR i.comparator = @comparator)
          AND (@unit IS NULL OR i.unit = @unit OR i.normalized_unit = @unit)
          AND (@tier IS NULL OR i.tier = @tier)
          AND (@q IS NULL OR instr(i.subject, @q) > 0 OR instr(i.source_text, @q) > 0)
          AND (@minValue IS NULL OR i.normalized_value >= @minValue)
          AND (@maxValue IS NULL OR i.normalized_value <= @maxValue)
        """;

    // sort=value / -value order by the normalised value, facts without one last; ties and the default keep document order.
    const string Order = """
        ORDER BY CASE WHEN @sort IN ('value', '-value') THEN i.normalized_value IS NULL ELSE 0 END,
                 CASE WHEN @sort = 'value' THEN i.normalized_value END ASC,
                 CASE WHEN @sort = '-value' THEN i.normalized_value END DESC,
                 r.ordinal, i.paragraph_ordinal, i.rowid
        """;

    const string SelectPage = $"SELECT i.id AS Id, count(*) OVER () AS Total {Filter} {Order} LIMIT @limit OFFSET @offset;";
    const string CountAll = $"SELECT count(*) {Filter};";

    /// <summary>Every indicator as served, for <see cref="RowStore{T}"/>.</summary>
    public static RowStore<IndicatorDto> Store(IServiceProvider services) =>
        new(services.GetRequiredService<Db>(), c => c.Query<IndicatorRow>($"SELECT {Columns} FROM indicators i ORDER BY i.rowid").Select(r => r.ToDto()), d => d.Id);

    public static async Task<(IReadOnlyList<IndicatorDto> Items, int Total)> ListAsync(Db db, RowStore<IndicatorDto> store, Catalog catalog, IndicatorListQuery query, PageRequest page, CancellationToken ct)
    {
        var section = query.Section is null ? null : catalog.Sections[query.Section];
        var parameters = new
        {
            report = query.Report, sectionReport = section?.ReportId, first = section?.FirstParagraph ?? 0, last = section?.LastParagraph ?? -1,
            kind = query.Kind, period = query.Period, measure = query.Measure, comparator = query.Comparator, unit = query.Unit,
            tier = query.Tier, q = query.Q, minValue = IndicatorListQuery.Number(query.MinValue), maxValue = IndicatorListQuery.Number(query.MaxValue),
            sort = query.Sort ?? "document", limit = page.Limit, offset = page.Offset,
        };
        using var connection = await db.OpenAsync(ct);
        var (ids, total) = await PagedIds.QueryAsync(connection, SelectPage, CountAll, parameters, ct);
        return (store.Pick(ids), total);
    }

    public static IndicatorDetail? Get(RowStore<IndicatorDto> store, RowStore<ParagraphDto> paragraphs, RowStore<SectionDto> sections, string id)
    {
        if (!store.TryGet(id, out var dto)) return null;
        var paragraph = paragraphs[dto.ParagraphId].Text;
        return new IndicatorDetail
        {
            Id = dto.Id, ReportId = dto.ReportId, ParagraphId = dto.ParagraphId, SectionId = dto.SectionId, Subject = dto.Subject,
            SubjectKey = dto.SubjectKey, Value = dto.Value, ValueHigh = dto.ValueHigh, ValueText = dto.ValueText, Unit = dto.Unit, Normalized = dto.Normalized,
            Measure = dto.Measure, Kind = dto.Kind, Period = dto.Period, Comparator = dto.Comparator, Qualifier = dto.Qualifier,
            Direction = dto.Direction, SourceText = dto.SourceText, SourceStart = dto.SourceStart, SourceEnd = dto.SourceEnd,
            RelatedIds = dto.RelatedIds, Tier = dto.Tier,
            ParagraphText = paragraph,
            Breadcrumb = SectionsQueries.Breadcrumb(sections, dto.SectionId),
            Related = store.InLoadOrder(dto.RelatedIds),
        };
    }

    /// <summary>A row as stored: REAL values, related ids as a JSON array.</summary>
    public sealed class IndicatorRow
    {
        public string Id { get; init; } = "";
        public string ReportId { get; init; } = "";
        public string ParagraphId { get; init; } = "";
        public string SectionId { get; init; } = "";
        public string Subject { get; init; } = "";
        public string SubjectKey { get; init; } = "";
        public double Value { get; init; }
        public double? ValueHigh { get; init; }
        public string ValueText { get; init; } = "";
        public string Unit { get; init; } = "";
        public double? NormalizedValue { get; init; }
        public string? NormalizedUnit { get; init; }
        public string Measure { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Period { get; init; } = "";
        public string Comparator { get; init; } = "";
        public string? Qualifier { get; init; }
        public string? Direction { get; init; }
        public string SourceText { get; init; } = "";
        public int SourceStart { get; init; }
        public int SourceEnd { get; init; }
        public string RelatedIds { get; init; } = "[]";
        public string Tier { get; init; } = "";

        public IndicatorDto ToDto() => new()
        {
            Id = Id, ReportId = ReportId, ParagraphId = ParagraphId, SectionId = SectionId, Subject = Subject, SubjectKey = SubjectKey,
            Value = (decimal)Value, ValueHigh = (decimal?)ValueHigh, ValueText = ValueText, Unit = Unit,
            Normalized = NormalizedValue is { } n && NormalizedUnit is { } u ? new NormalizedValue((decimal)n, u) : null,
            Measure = Measure, Kind = Kind, Period = Period, Comparator = Comparator, Qualifier = Qualifier, Direction = Direction,
            SourceText = SourceText, SourceStart = SourceStart, SourceEnd = SourceEnd,
            RelatedIds = JsonSerializer.Deserialize<string[]>(RelatedIds) ?? [], Tier = Tier,
        };
    }
}
