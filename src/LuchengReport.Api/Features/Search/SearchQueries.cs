using Dapper;
using LuchengReport.Api.Data;

namespace LuchengReport.Api.Features.Search;

/// <summary>
/// Finds q in section titles, indicator subjects, project names and paragraph text. Paragraphs use the FTS5 trigram
/// index (ranked by bm25) when q has three or more characters; trigrams cannot match one or two characters (岛, 教育),
/// so shorter queries fall back to a substring scan ranked by how often q occurs. q reaches FTS5 only as one quoted
/// phrase, so its syntax (NEAR, *, quotes, column filters) is never interpreted.
/// </summary>
/// <remarks>
/// Titles, subjects, names and the paragraphs for the scan are read once (<see cref="SearchableText"/>) and matched
/// in memory as SQLite's <c>instr(lower(x), lower(q))</c> matched them: case folded for ASCII letters only. Four SQL
/// scans per search were the most expensive uncached request (bench/RESULTS.md); only the FTS5 lookup stays in SQL.
/// </remarks>
public static class SearchQueries
{
    const string ParagraphsByIndex = """
        SELECT p.id AS Id, bm25(paragraph_search) AS Relevance
        FROM paragraph_search
        JOIN paragraphs p ON p.rowid = paragraph_search.rowid
        WHERE paragraph_search MATCH @phrase AND (@report IS NULL OR p.report_id = @report)
        """;

    public static async Task<IReadOnlyList<Candidate>> FindAsync(Db db, SearchableText searchable, string q, string? report, string? type, CancellationToken ct)
    {
        var lowered = SearchableText.AsciiLower(q);
        var found = new List<Candidate>();
        bool Wanted(string hitType) => type is null || type == hitType;
        bool InReport(SearchableText.Entry e) => report is null || e.ReportId == report;

        if (Wanted(SearchTypes.Section))
            found.AddRange(searchable.Sections.Where(e => InReport(e) && e.Matches(lowered)).Select(e => e.ToCandidate()));
        if (Wanted(SearchTypes.Project))
            found.AddRange(searchable.Projects.Where(e => InReport(e) && e.Matches(lowered)).Select(e => e.ToCandidate(value: SpellingWith(e, q))));
        if (Wanted(SearchTypes.Indicator))
            found.AddRange(searchable.Indicators.Where(e => InReport(e) && e.Matches(lowered)).Select(e => e.ToCandidate()));
        if (!Wanted(SearchTypes.Paragraph)) return found;

        // FTS5 reads its query as a C string, so a NUL would cut the phrase open (SQLite error "unterminated string");
        // no paragraph holds a NUL (the importer refuses such seeds), and the scan finds that literally.
        if (SearchQuery.Length(q) >= 3 && !q.Contains('\0'))
        {
            var phrase = "\"" + q.Replace("\"", "\"\"") + "\"";
            using var connection = await db.OpenAsync(ct);
            var rows = await connection.QueryAsync<(string Id, double Relevance)>(new CommandDefinition(ParagraphsByIndex, new { phrase, report }, cancellationToken: ct));
            found.AddRange(rows.Select(r => searchable.Paragraph(r.Id).ToCandidate(r.Relevance)));
        }
        else
        {
            // Relevance as the SQL scan had it: minus the number of (non-overlapping) occurrences.
            found.AddRange(searchable.Paragraphs.Where(e => InReport(e) && e.Matches(lowered))
                .Select(e => e.ToCandidate(-e.Occurrences(lowered))));
        }
        return found;
    }

    /// <summary>For a project found by an alias, the alias is the value the snippet and offsets refer to.</summary>
    static string SpellingWith(SearchableText.Entry project, string q) =>
        project.Value.Contains(q, StringComparison.OrdinalIgnoreCase)
            ? project.Value
            : project.Aliases.FirstOrDefault(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)) ?? project.Value;
}

/// <summary>A match before ranking: the value that matched and how relevant it is (lower is better).</summary>
public sealed record Candidate(string Type, string Field, string Id, string ReportId, string SectionId, string Title, string Value, long DocumentOrder, double Relevance);
