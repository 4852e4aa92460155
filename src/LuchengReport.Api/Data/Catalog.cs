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
        ReportIds = connection.Query<string>("SELECT id FROM reports ORDER BY ordinal").ToList();
        Sections = connection.Query<SectionRange>("""
            SELECT id AS Id, report_id AS ReportId, level AS Level, first_paragraph AS FirstParagraph, last_paragraph AS LastParagraph
            FROM sections ORDER BY report_id, sequence
            """).ToDictionary(s => s.Id);
    }

    public IReadOnlyList<string> ReportIds { get; }
    public IReadOnlyDictionary<string, SectionRange> Sections { get; }

    public bool HasReport(string id) => ReportIds.Contains(id);
}

/// <summary>A section's place: its report and the ordinals of the first and last paragraph of its subtree.</summary>
public sealed record SectionRange(string Id, string ReportId, string Level, long? FirstParagraph, long? LastParagraph);
