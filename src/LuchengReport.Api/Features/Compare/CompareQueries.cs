using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Reports;
using LuchengReport.Api.Http;
using LuchengReport.Core.Indicators;

namespace LuchengReport.Api.Features.Compare;

public static class CompareQueries
{
    // One row per report: of a report's figures for the subject (indicators_by_subject), its first main target, else
    // its first core figure, else its first in the text. Every filter is optional: a null parameter switches it off.
    const string Select = $"""
        WITH matched AS (
            SELECT i.report_id AS ReportId, {ReportsQueries.Government} AS Government, r.place AS Place, r.year AS Year,
                   i.subject AS Subject, i.subject_key AS SubjectKey, i.value AS Value, i.value_high AS ValueHigh, i.unit AS Unit,
                   i.comparator AS Comparator, i.qualifier AS Qualifier, i.measure AS Measure, i.kind AS Kind, i.period AS Period,
                   i.direction AS Direction, m.indicator_id IS NOT NULL AS MainTarget, i.id AS IndicatorId, i.paragraph_id AS ParagraphId,
                   i.source_text AS SourceText, i.normalized_value AS Normalized, r.delivered_on AS DeliveredOn, r.ordinal AS ReportOrdinal,
                   count(*) OVER (PARTITION BY i.report_id) AS Matches,
                   row_number() OVER (PARTITION BY i.report_id
                                      ORDER BY m.indicator_id IS NULL, i.tier <> 'core', i.paragraph_ordinal, i.rowid) AS Pick
            FROM indicators i
            JOIN reports r ON r.id = i.report_id
            LEFT JOIN main_targets m ON m.indicator_id = i.id
            WHERE i.subject_key = @key
              AND (@kind IS NULL OR i.kind = @kind)
              AND (@period IS NULL OR i.period = @period)
              AND (@measure IS NULL OR i.measure = @measure)
              AND (@year IS NULL OR r.year = @year)
        )
        SELECT * FROM matched WHERE Pick = 1
        ORDER BY CASE WHEN @sort IN ('value', '-value') THEN coalesce(Normalized, Value) END * CASE WHEN @sort = '-value' THEN -1 ELSE 1 END,
                 DeliveredOn IS NULL, DeliveredOn, ReportOrdinal;
        """;

    const string Known = "SELECT EXISTS (SELECT 1 FROM indicators WHERE subject_key = @key);";

    /// <summary>The figures, or null when no report has the subject at all (a 404, not an empty table).</summary>
    public static async Task<(IReadOnlyList<CompareRow> Items, int Total)?> ListAsync(Db db, CompareQuery query, PageRequest page, CancellationToken ct)
    {
        var key = SubjectKeys.Of(query.Subject!);
        using var connection = await db.OpenAsync(ct);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(Known, new { key }, cancellationToken: ct))) return null;
        var parameters = new { key, kind = query.Kind, period = query.Period, measure = query.Measure, year = query.YearNumber, sort = query.Sort ?? "report" };
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Select, parameters, cancellationToken: ct))).AsList();
        return (rows.Skip(page.Offset).Take(page.Limit).Select(r => r.ToDto()).ToList(), rows.Count);
    }

    sealed class Row
    {
        public string ReportId { get; init; } = "";
        public string? Government { get; init; }
        public string? Place { get; init; }
        public long? Year { get; init; }
        public string Subject { get; init; } = "";
        public string SubjectKey { get; init; } = "";
        public double Value { get; init; }
        public double? ValueHigh { get; init; }
        public string Unit { get; init; } = "";
        public string Comparator { get; init; } = "";
        public string? Qualifier { get; init; }
        public string Measure { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Period { get; init; } = "";
        public string? Direction { get; init; }
        public bool MainTarget { get; init; }
        public long Matches { get; init; }
        public string IndicatorId { get; init; } = "";
        public string ParagraphId { get; init; } = "";
        public string SourceText { get; init; } = "";

        public CompareRow ToDto() => new(ReportId, Government, Place, (int?)Year, Subject, SubjectKey, (decimal)Value, (decimal?)ValueHigh, Unit,
            Comparator, Qualifier, Measure, Kind, Period, Direction, MainTarget, (int)Matches, IndicatorId, ParagraphId, SourceText);
    }
}
