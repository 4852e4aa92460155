using Dapper;

namespace LuchengReport.Api.Data;

/// <summary>
/// The ids the database holds, read once (the file never changes while the API runs): validators use it to answer
/// "unknown report" with the allowed values, and section filters use each section's paragraph range.
/// </summary>
public sealed class Catalog
{
    public Catalog(Db db)
    {
        using var connection = db.Open();
        var reports = connection.Query<(string Id, long? Year)>("SELECT id, year FROM reports ORDER BY ordinal").ToList();
        ReportIds = reports.Select(r => r.Id).ToList();
        _years = reports.ToDictionary(r => r.Id, r => r.Year);
        Sections = connection.Query<SectionRange>("""
            SELECT id AS Id, report_id AS ReportId, level AS Level, first_paragraph AS FirstParagraph, last_paragraph AS LastParagraph
            FROM sections ORDER BY report_id, sequence
            """).ToDictionary(s => s.Id);
        Periods = connection.Query<string>("SELECT DISTINCT period FROM indicators ORDER BY substr(period, -4), period").ToList();
        ProjectPeriods = connection.Query<string>("SELECT DISTINCT period FROM project_mentions WHERE period IS NOT NULL ORDER BY substr(period, -4), period").ToList();
        ProjectStatuses = connection.Query<string>("SELECT DISTINCT status FROM project_mentions WHERE status IS NOT NULL ORDER BY status").ToList();
        Units = connection.Query<string>("""
            SELECT unit FROM indicators WHERE unit <> '' UNION SELECT normalized_unit FROM indicators WHERE normalized_unit IS NOT NULL ORDER BY 1
            """).ToList();
    }

    public IReadOnlyList<string> ReportIds { get; }
    public IReadOnlyDictionary<string, SectionRange> Sections { get; }

    /// <summary>The periods indicators have, over all reports (years and spans: 2020, 2021, 2021-2025 …).</summary>
    public IReadOnlyList<string> Periods { get; }

    /// <summary>The periods project mentions speak of.</summary>
    public IReadOnlyList<string> ProjectPeriods { get; }

    /// <summary>The status verbs project mentions use, as written (开工, 建成, 推进 …).</summary>
    public IReadOnlyList<string> ProjectStatuses { get; }

    /// <summary>Units as written (亿元, %) and normalised (CNY, percent): the values the unit filter accepts.</summary>
    public IReadOnlyList<string> Units { get; }

    readonly Dictionary<string, long?> _years;

    public bool HasReport(string id) => ReportIds.Contains(id);

    /// <summary>The year a report was delivered (its plan year), or null when the text does not say.</summary>
    public long? ReportYear(string id) => _years.GetValueOrDefault(id);
}

/// <summary>A section's place: its report and the ordinals of the first and last paragraph of its subtree.</summary>
public sealed record SectionRange(string Id, string ReportId, string Level, long? FirstParagraph, long? LastParagraph);
