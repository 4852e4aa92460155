using System.Text.Json;
using Dapper;
using LuchengReport.Api.Data;

namespace LuchengReport.Api.Features.Search;

/// <summary>
/// What search matches, read from the database once (it never changes under a running API): section titles,
/// indicator subjects, project names with their aliases, and paragraph texts, each with its place in document order
/// and its text lower-cased as SQLite's <c>lower()</c> does.
/// </summary>
public sealed class SearchableText(Db db)
{
    public sealed record Entry(string Type, string Field, string Id, string ReportId, string SectionId, string Title, string Value,
        IReadOnlyList<string> Aliases, long DocumentOrder)
    {
        readonly string[] _lowered = [AsciiLower(Value), .. Aliases.Select(AsciiLower)];

        /// <summary><c>instr(lower(value), lower(q)) &gt; 0</c> for the value or any alias; <paramref name="q"/> is lowered already.</summary>
        public bool Matches(string q) => _lowered.Any(v => v.Contains(q, StringComparison.Ordinal));

        /// <summary>How many times q occurs in the value, counted left to right without overlaps (as <c>replace()</c> removes them).</summary>
        public int Occurrences(string q)
        {
            int count = 0;
            for (int at = _lowered[0].IndexOf(q, StringComparison.Ordinal); at >= 0; at = _lowered[0].IndexOf(q, at + q.Length, StringComparison.Ordinal)) count++;
            return count;
        }

        /// <summary>This entry as a match; <paramref name="value"/> when the spelling that matched is not <see cref="Value"/> (an alias).</summary>
        public Candidate ToCandidate(double relevance = 0, string? value = null) =>
            new(Type, Field, Id, ReportId, SectionId, Title, value ?? Value, DocumentOrder, relevance);
    }

    // The orders are those the SQL of each scan returned its rows in, so that ties in ranking break the same way.
    const string SelectSections = """
        SELECT s.id AS Id, s.report_id AS ReportId, s.title AS Title, r.ordinal * 100000 + s.sequence AS DocumentOrder
        FROM sections s JOIN reports r ON r.id = s.report_id ORDER BY s.rowid
        """;

    const string SelectIndicators = """
        SELECT i.id AS Id, i.report_id AS ReportId, i.section_id AS SectionId, i.subject AS Subject, r.ordinal * 100000 + i.paragraph_ordinal AS DocumentOrder
        FROM indicators i JOIN reports r ON r.id = i.report_id ORDER BY r.ordinal, i.paragraph_ordinal, i.rowid
        """;

    const string SelectProjects = """
        SELECT p.id AS Id, p.report_id AS ReportId, m.section_id AS SectionId, p.name AS Name, p.aliases AS Aliases,
               r.ordinal * 100000 + m.paragraph_ordinal AS DocumentOrder
        FROM projects p JOIN reports r ON r.id = p.report_id JOIN project_mentions m ON m.project_id = p.id AND m.ordinal = 1
        ORDER BY p.rowid
        """;

    const string SelectParagraphs = """
        SELECT p.id AS Id, p.report_id AS ReportId, p.section_id AS SectionId, s.title AS Title, p.text AS Text, r.ordinal * 100000 + p.ordinal AS DocumentOrder
        FROM paragraphs p JOIN sections s ON s.id = p.section_id JOIN reports r ON r.id = p.report_id ORDER BY p.rowid
        """;

    sealed record Loaded(List<Entry> Sections, List<Entry> Indicators, List<Entry> Projects, List<Entry> Paragraphs, Dictionary<string, Entry> ParagraphsById);

    readonly Lazy<Loaded> _loaded = new(() =>
    {
        using var c = db.Open();
        var sections = c.Query<(string Id, string ReportId, string Title, long DocumentOrder)>(SelectSections)
            .Select(s => new Entry(SearchTypes.Section, "title", s.Id, s.ReportId, s.Id, s.Title, s.Title, [], s.DocumentOrder)).ToList();
        var indicators = c.Query<(string Id, string ReportId, string SectionId, string Subject, long DocumentOrder)>(SelectIndicators)
            .Select(i => new Entry(SearchTypes.Indicator, "subject", i.Id, i.ReportId, i.SectionId, i.Subject, i.Subject, [], i.DocumentOrder)).ToList();
        var projects = c.Query<(string Id, string ReportId, string SectionId, string Name, string Aliases, long DocumentOrder)>(SelectProjects)
            .Select(p => new Entry(SearchTypes.Project, "name", p.Id, p.ReportId, p.SectionId, p.Name, p.Name,
                JsonSerializer.Deserialize<string[]>(p.Aliases) ?? [], p.DocumentOrder)).ToList();
        var paragraphs = c.Query<(string Id, string ReportId, string SectionId, string Title, string Text, long DocumentOrder)>(SelectParagraphs)
            .Select(p => new Entry(SearchTypes.Paragraph, "text", p.Id, p.ReportId, p.SectionId, p.Title, p.Text, [], p.DocumentOrder)).ToList();
        return new Loaded(sections, indicators, projects, paragraphs, paragraphs.ToDictionary(p => p.Id));
    });

    public IReadOnlyList<Entry> Sections => _loaded.Value.Sections;
    public IReadOnlyList<Entry> Indicators => _loaded.Value.Indicators;
    public IReadOnlyList<Entry> Projects => _loaded.Value.Projects;
    public IReadOnlyList<Entry> Paragraphs => _loaded.Value.Paragraphs;
    public Entry Paragraph(string id) => _loaded.Value.ParagraphsById[id];

    /// <summary>SQLite's <c>lower()</c> without ICU: A-Z to a-z, every other character unchanged.</summary>
    public static string AsciiLower(string s) => string.Create(s.Length, s, static (chars, source) =>
    {
        for (int i = 0; i < source.Length; i++) chars[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
    });
}
