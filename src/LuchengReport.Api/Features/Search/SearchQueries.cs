using Dapper;
using LuchengReport.Api.Data;

namespace LuchengReport.Api.Features.Search;

/// <summary>
/// Finds q in section titles, indicator subjects, project names and paragraph text. Paragraphs use the FTS5 trigram
/// index (ranked by bm25) when q has three or more characters; trigrams cannot match one or two characters (岛, 教育),
/// so shorter queries fall back to a substring scan ranked by how often q occurs. q reaches FTS5 only as one quoted
/// phrase, so its syntax (NEAR, *, quotes, column filters) is never interpreted.
/// </summary>
public static class SearchQueries
{
    const string Sections = """
        SELECT s.id AS Id, s.report_id AS ReportId, s.id AS SectionId, s.title AS Title, s.title AS Value, r.ordinal * 100000 + s.sequence AS DocumentOrder
        FROM sections s JOIN reports r ON r.id = s.report_id
        WHERE instr(lower(s.title), lower(@q)) > 0 AND (@report IS NULL OR s.report_id = @report)
        """;

    const string Indicators = """
        SELECT i.id AS Id, i.report_id AS ReportId, i.section_id AS SectionId, i.subject AS Title, i.subject AS Value,
               r.ordinal * 100000 + i.paragraph_ordinal AS DocumentOrder
        FROM indicators i JOIN reports r ON r.id = i.report_id
        WHERE instr(lower(i.subject), lower(@q)) > 0 AND (@report IS NULL OR i.report_id = @report)
        ORDER BY r.ordinal, i.paragraph_ordinal, i.rowid
        """;

    // A project matches by its name or any alias; the value shown is whichever spelling holds q.
    const string Projects = """
        SELECT p.id AS Id, p.report_id AS ReportId, m.section_id AS SectionId, p.name AS Title, p.name AS Value, p.aliases AS Aliases,
               r.ordinal * 100000 + m.paragraph_ordinal AS DocumentOrder
        FROM projects p JOIN reports r ON r.id = p.report_id
        JOIN project_mentions m ON m.project_id = p.id AND m.ordinal = 1
        WHERE (instr(lower(p.name), lower(@q)) > 0 OR EXISTS (SELECT 1 FROM json_each(p.aliases) a WHERE instr(lower(a.value), lower(@q)) > 0)) AND (@report IS NULL OR p.report_id = @report)
        """;

    const string ParagraphsByIndex = """
        SELECT p.id AS Id, p.report_id AS ReportId, p.section_id AS SectionId, s.title AS Title, p.text AS Value,
               r.ordinal * 100000 + p.ordinal AS DocumentOrder, bm25(paragraph_search) AS Relevance
        FROM paragraph_search
        JOIN paragraphs p ON p.rowid = paragraph_search.rowid
        JOIN sections s ON s.id = p.section_id
        JOIN reports r ON r.id = p.report_id
        WHERE paragraph_search MATCH @phrase AND (@report IS NULL OR p.report_id = @report)
        """;

    const string ParagraphsByScan = """
        SELECT p.id AS Id, p.report_id AS ReportId, p.section_id AS SectionId, s.title AS Title, p.text AS Value,
               r.ordinal * 100000 + p.ordinal AS DocumentOrder,
               -((length(p.text) - length(replace(lower(p.text), lower(@q), ''))) / length(@q)) AS Relevance
        FROM paragraphs p JOIN sections s ON s.id = p.section_id JOIN reports r ON r.id = p.report_id
        WHERE instr(lower(p.text), lower(@q)) > 0 AND (@report IS NULL OR p.report_id = @report)
        """;

    public static async Task<IReadOnlyList<Candidate>> FindAsync(Db db, string q, string? report, string? type, CancellationToken ct)
    {
        var parameters = new { q, report, phrase = "\"" + q.Replace("\"", "\"\"") + "\"" };
        using var connection = await db.OpenAsync(ct);
        var found = new List<Candidate>();

        async Task Add(string hitType, string field, string sql)
        {
            if (type is not null && type != hitType) return;
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: ct));
            found.AddRange(rows.Select(r => new Candidate(hitType, field, r.Id, r.ReportId, r.SectionId, r.Title, SpellingWith(r, q), r.DocumentOrder, r.Relevance)));
        }

        await Add(SearchTypes.Section, "title", Sections);
        await Add(SearchTypes.Project, "name", Projects);
        await Add(SearchTypes.Indicator, "subject", Indicators);
        // FTS5 reads its query as a C string, so a NUL would cut the phrase open (SQLite error "unterminated string");
        // no paragraph holds a NUL (the importer refuses such seeds), and the scan finds that literally.
        await Add(SearchTypes.Paragraph, "text", SearchQuery.Length(q) >= 3 && !q.Contains('\0') ? ParagraphsByIndex : ParagraphsByScan);
        return found;
    }

    /// <summary>For a project found by an alias, the alias is the value the snippet and offsets refer to.</summary>
    static string SpellingWith(Row row, string q) =>
        row.Aliases is null || row.Value.Contains(q, StringComparison.OrdinalIgnoreCase)
            ? row.Value
            : System.Text.Json.JsonSerializer.Deserialize<string[]>(row.Aliases)!.FirstOrDefault(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)) ?? row.Value;

    sealed class Row
    {
        public string? Aliases { get; init; }
        public string Id { get; init; } = "";
        public string ReportId { get; init; } = "";
        public string SectionId { get; init; } = "";
        public string Title { get; init; } = "";
        public string Value { get; init; } = "";
        public long DocumentOrder { get; init; }
        public double Relevance { get; init; }
    }
}

/// <summary>A match before ranking: the value that matched and how relevant it is (lower is better).</summary>
public sealed record Candidate(string Type, string Field, string Id, string ReportId, string SectionId, string Title, string Value, long DocumentOrder, double Relevance);
