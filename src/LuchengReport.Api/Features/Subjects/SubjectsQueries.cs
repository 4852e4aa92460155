using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Http;
using LuchengReport.Core.Indicators;

namespace LuchengReport.Api.Features.Subjects;

public static class SubjectsQueries
{
    // One row per subject key; the subject shown is its first spelling in document order.
    const string Grouped = """
        WITH matching AS (
            SELECT i.rowid AS rid, i.subject_key, i.subject, i.period, r.ordinal AS report_ordinal, i.paragraph_ordinal
            FROM indicators i JOIN reports r ON r.id = i.report_id
            WHERE (@report IS NULL OR i.report_id = @report) AND (@q IS NULL OR instr(i.subject, @q) > 0)
        ),
        grouped AS (
            SELECT subject_key,
                   (SELECT m2.subject FROM matching m2 WHERE m2.subject_key = m.subject_key ORDER BY m2.report_ordinal, m2.paragraph_ordinal, m2.rid LIMIT 1) AS subject,
                   count(*) AS count, group_concat(DISTINCT period) AS periods,
                   min(report_ordinal * 1000000 + paragraph_ordinal * 1000 + rid % 1000) AS first_seen
            FROM matching m GROUP BY subject_key
        )
        """;

    const string SelectPage = $"""
        {Grouped}
        SELECT subject AS Subject, subject_key AS SubjectKey, count AS Count, periods AS Periods FROM grouped
        ORDER BY CASE WHEN @sort = '-count' THEN -count ELSE 0 END, first_seen
        LIMIT @limit OFFSET @offset;
        """;

    const string CountAll = $"{Grouped} SELECT count(*) FROM grouped;";

    public static async Task<(IReadOnlyList<SubjectSummary> Items, int Total)> ListAsync(Db db, SubjectListQuery query, PageRequest page, CancellationToken ct)
    {
        var parameters = new { report = query.Report, q = query.Q, sort = query.Sort ?? "document", limit = page.Limit, offset = page.Offset };
        using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Subject, string SubjectKey, long Count, string Periods)>(new CommandDefinition(SelectPage, parameters, cancellationToken: ct));
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountAll, parameters, cancellationToken: ct));
        return (rows.Select(r => new SubjectSummary(r.Subject, r.SubjectKey, (int)r.Count, Periods.Ordered(r.Periods.Split(',')))).ToList(), (int)total);
    }

    const string SelectTimeline = $"""
        SELECT {IndicatorsQueries.Columns}
        FROM indicators i JOIN reports r ON r.id = i.report_id
        WHERE i.subject_key = @key AND (@report IS NULL OR i.report_id = @report)
        ORDER BY r.ordinal, i.paragraph_ordinal, i.rowid;
        """;

    /// <summary>The subject is matched by its key, so 地区生产总值 and its spellings with other punctuation find the same facts.</summary>
    public static async Task<SubjectTimeline?> TimelineAsync(Db db, string subject, string? report, CancellationToken ct)
    {
        var key = SubjectKeys.Of(subject);
        using var connection = await db.OpenAsync(ct);
        var facts = (await connection.QueryAsync<IndicatorsQueries.IndicatorRow>(new CommandDefinition(SelectTimeline, new { key, report }, cancellationToken: ct)))
            .Select(r => r.ToDto()).ToList();
        if (facts.Count == 0) return null;
        var ordered = facts
            .OrderBy(f => Periods.SortKey(f.Period))
            .ThenBy(f => KindOrder.IndexOf(f.Kind))
            .ThenBy(f => f.Measure == IndicatorVocabulary.Measures.Level ? 0 : 1)
            .ToList(); // OrderBy is stable: document order breaks the remaining ties
        return new SubjectTimeline(facts[0].Subject, key, facts.Select(f => f.Subject).Distinct().ToList(), ordered);
    }

    static readonly List<string> KindOrder = [IndicatorVocabulary.Kinds.Baseline, IndicatorVocabulary.Kinds.Actual, IndicatorVocabulary.Kinds.Target];
}

/// <summary>Periods are a year ("2020") or a span ("2016-2020"); they sort by the year they end, then the year they start.</summary>
public static class Periods
{
    public static (int End, int Start) SortKey(string period)
    {
        var years = period.Split('-');
        int start = int.TryParse(years[0], out var s) ? s : int.MaxValue;
        int end = int.TryParse(years[^1], out var e) ? e : start;
        return (end, start);
    }

    public static IReadOnlyList<string> Ordered(IEnumerable<string> periods) => periods.Distinct().OrderBy(SortKey).ToList();
}
