using Dapper;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Http;

namespace LuchengReport.Api.Features.Targets;

public static class TargetsQueries
{
    // A report states a handful of main targets: they are read whole, in text order, through main_targets_by_report.
    const string SelectReport = """
        SELECT indicator_id AS IndicatorId, sentence AS Sentence, sentence_start AS SentenceStart, sentence_end AS SentenceEnd
        FROM main_targets WHERE report_id = @report ORDER BY ordinal;
        """;

    public static async Task<(IReadOnlyList<TargetDto> Items, int Total)> ListAsync(Db db, RowStore<IndicatorDto> indicators, string report, PageRequest page, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var rows = (await connection.QueryAsync<TargetRow>(new CommandDefinition(SelectReport, new { report }, cancellationToken: ct))).AsList();
        var items = rows.Skip(page.Offset).Take(page.Limit)
            .Select(r => new TargetDto(indicators[r.IndicatorId], r.Sentence, (int)r.SentenceStart, (int)r.SentenceEnd)).ToList();
        return (items, rows.Count);
    }

    sealed record TargetRow(string IndicatorId, string Sentence, long SentenceStart, long SentenceEnd);
}
