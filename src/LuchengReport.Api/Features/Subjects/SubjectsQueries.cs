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
    // The subjects table is precomputed per report at import and read once (RowStore); across reports they are merged
    // here in memory (tens to hundreds of rows), keeping the first report's spelling.
    const string SelectSubjects = """
        SELECT s.report_id AS ReportId, s.subject_key AS SubjectKey, s.subject AS Subject, s.count AS Count, s.periods AS Periods
        FROM subjects s JOIN reports r ON r.id = s.report_id
        ORDER BY r.ordinal, s.first_paragraph;
        """;

    /// <summary>Every report's subjects with their periods parsed, for <see cref="RowStore{T}"/>.</summary>
    public static RowStore<SubjectRow> Store(IServiceProvider services) => new(services.GetRequiredService<Db>(),
        connection => connection.Query<(string ReportId, string SubjectKey, string Subject, long Count, string Periods)>(SelectSubjects)
            .Select(r => new SubjectRow(r.ReportId, r.SubjectKey, r.Subject, (int)r.Count, JsonSerializer.Deserialize<string[]>(r.Periods) ?? [])),
        r => r.ReportId + "\n" + r.SubjectKey);

    public static (IReadOnlyList<SubjectSummary> Items, int Total) List(RowStore<SubjectRow> store, SubjectListQuery query, PageRequest page)
    {
        var rows = store.All.Where(r => (query.Report is null || r.ReportId == query.Report) && (query.Q is null || r.Subject.Contains(query.Q, StringComparison.Ordinal)));
        var subjects = rows.GroupBy(r => r.SubjectKey).Select(g => new SubjectSummary(g.First().Subject, g.Key, g.Sum(r => r.Count),
            PeriodOrder.Ordered(g.SelectMany(r => r.Periods)))).ToList();
        if (query.Sort == "-count") subjects = subjects.OrderByDescending(s => s.Count).ToList(); // stable: ties keep document order
        return (subjects.Skip(page.Offset).Take(page.Limit).ToList(), subjects.Count);
    }

    /// <summary>One report's subject as the import stored it.</summary>
    public sealed record SubjectRow(string ReportId, string SubjectKey, string Subject, int Count, string[] Periods);

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
