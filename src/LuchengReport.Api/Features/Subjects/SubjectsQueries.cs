using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Http;
using System.Text.Json;
using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;

namespace LuchengReport.Api.Features.Subjects;

public static class SubjectsQueries
{
    // The subjects table is precomputed per report at import; across reports they are merged here in memory
    // (tens to hundreds of rows), keeping the first report's spelling.
    const string SelectSubjects = """
        SELECT s.subject_key AS SubjectKey, s.subject AS Subject, s.count AS Count, s.periods AS Periods,
               r.ordinal AS ReportOrdinal, s.first_paragraph AS FirstParagraph
        FROM subjects s JOIN reports r ON r.id = s.report_id
        WHERE (@report IS NULL OR s.report_id = @report) AND (@q IS NULL OR instr(s.subject, @q) > 0)
        ORDER BY r.ordinal, s.first_paragraph;
        """;

    public static async Task<(IReadOnlyList<SubjectSummary> Items, int Total)> ListAsync(Db db, SubjectListQuery query, PageRequest page, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<SubjectRow>(new CommandDefinition(SelectSubjects, new { report = query.Report, q = query.Q }, cancellationToken: ct));
        var subjects = rows.GroupBy(r => r.SubjectKey).Select(g => new SubjectSummary(g.First().Subject, g.Key, (int)g.Sum(r => r.Count),
            PeriodOrder.Ordered(g.SelectMany(r => JsonSerializer.Deserialize<string[]>(r.Periods) ?? [])))).ToList();
        if (query.Sort == "-count") subjects = subjects.OrderByDescending(s => s.Count).ToList(); // stable: ties keep document order
        return (subjects.Skip(page.Offset).Take(page.Limit).ToList(), subjects.Count);
    }

    sealed record SubjectRow(string SubjectKey, string Subject, long Count, string Periods, long ReportOrdinal, long FirstParagraph);

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
            .OrderBy(f => PeriodOrder.SortKey(f.Period))
            .ThenBy(f => KindOrder.IndexOf(f.Kind))
            .ThenBy(f => f.Measure == IndicatorVocabulary.Measures.Level ? 0 : 1)
            .ToList(); // OrderBy is stable: document order breaks the remaining ties
        return new SubjectTimeline(facts[0].Subject, key, facts.Select(f => f.Subject).Distinct().ToList(), ordered);
    }

    static readonly List<string> KindOrder = [IndicatorVocabulary.Kinds.Baseline, IndicatorVocabulary.Kinds.Actual, IndicatorVocabulary.Kinds.Target];
}
