using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Features.Reports;
using LuchengReport.Core.Indicators;

namespace LuchengReport.Api.Features.Outcomes;

public static class OutcomesQueries
{
    const string SelectReport = $"SELECT r.id AS Id, {ReportsQueries.Government} AS Government, r.year AS Year FROM reports r WHERE r.id = @report;";

    // The same government's later reports, nearest first: the first that states a result is the one quoted.
    const string SelectLater = $"""
        SELECT r.id AS Id, {ReportsQueries.Government} AS Government, r.year AS Year FROM reports r
        WHERE {ReportsQueries.Government} = @government AND r.year > @year
        ORDER BY r.year, r.delivered_on, r.ordinal;
        """;

    const string SelectTargets = $"""
        SELECT {IndicatorsQueries.Columns} FROM indicators i
        WHERE i.report_id = @report AND i.kind = 'target' AND (@key IS NULL OR i.subject_key = @key)
        ORDER BY i.paragraph_ordinal, i.rowid;
        """;

    // Results of those reports for the targets' subjects (indicators_by_subject), in each report's text order.
    const string SelectResults = $"""
        SELECT {IndicatorsQueries.Columns} FROM indicators i
        WHERE i.subject_key IN @keys AND i.report_id IN @reports AND i.kind = 'actual'
        ORDER BY i.paragraph_ordinal, i.rowid;
        """;

    /// <summary>Every target of the report with its outcome and verdict; null when the report is unknown.</summary>
    public static async Task<IReadOnlyList<OutcomeDto>?> ListAsync(Db db, OutcomeQuery query, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var report = await connection.QuerySingleOrDefaultAsync<ReportRow>(new CommandDefinition(SelectReport, new { report = query.Report }, cancellationToken: ct));
        if (report is null) return null;
        var key = query.Subject is null ? null : SubjectKeys.Of(query.Subject);
        var targets = (await connection.QueryAsync<IndicatorsQueries.IndicatorRow>(new CommandDefinition(SelectTargets, new { report = report.Id, key }, cancellationToken: ct)))
            .Select(r => r.ToDto()).ToList();
        var later = report.Government is null || report.Year is null ? []
            : (await connection.QueryAsync<ReportRow>(new CommandDefinition(SelectLater, new { government = report.Government, year = report.Year }, cancellationToken: ct))).AsList();
        var results = later.Count == 0 || targets.Count == 0 ? Array.Empty<IndicatorDto>().ToLookup(r => r.ReportId)
            : (await connection.QueryAsync<IndicatorsQueries.IndicatorRow>(new CommandDefinition(SelectResults,
                new { keys = targets.Select(t => t.SubjectKey).Distinct().ToList(), reports = later.Select(r => r.Id).ToList() }, cancellationToken: ct)))
                .Select(r => r.ToDto()).ToLookup(r => r.ReportId);
        var outcomes = targets.Select(t => OutcomeOf(t, later, results)).ToList();
        return query.Verdict is null ? outcomes : outcomes.Where(o => o.Verdict == query.Verdict).ToList();
    }

    /// <summary>
    /// The first later report that states a comparable result for the target's subject, measure and period gives the
    /// verdict. Without one: not-stated if a later report reviews the period (its plan year is after the period ends),
    /// else pending.
    /// </summary>
    static OutcomeDto OutcomeOf(IndicatorDto target, IReadOnlyList<ReportRow> later, ILookup<string, IndicatorDto> results)
    {
        var judged = SubjectKeys.JudgedBy(target.SubjectKey);
        var rule = Verdicts.Rule(target, judged);
        foreach (var report in later)
        {
            var outcome = results[report.Id].FirstOrDefault(r => r.SubjectKey == target.SubjectKey && r.Measure == target.Measure
                && r.Period == target.Period && Verdicts.Comparable(target, r));
            if (outcome is not null) return new OutcomeDto(target, outcome, report.Id, Verdicts.Judge(target, outcome, judged), rule, judged);
        }
        var reviewer = EndYear(target.Period) is { } end ? later.FirstOrDefault(r => r.Year > end) : null;
        return new OutcomeDto(target, null, reviewer?.Id, reviewer is null ? Verdicts.Pending : Verdicts.NotStated, rule, judged);
    }

    /// <summary>The last year of a period (2025 of 2021-2025), or null for one that names no year.</summary>
    static int? EndYear(string period) =>
        period.Length >= 4 && int.TryParse(period.AsSpan(period.Length - 4), out var year) ? year : null;

    // Settable properties, not a constructor: with no row, SQLite cannot type the government expression for Dapper.
    sealed class ReportRow
    {
        public string Id { get; init; } = "";
        public string? Government { get; init; }
        public long? Year { get; init; }
    }
}
