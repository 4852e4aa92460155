namespace LuchengReport.Api.Features.Search;

/// <summary>
/// Exact names first, then by relevance: a title, subject or name equal to q; then one starting with q; then one
/// containing q; then paragraphs by text relevance. Ties keep document order.
/// </summary>
public static class SearchRanking
{
    const int SnippetContext = 40;

    public static IReadOnlyList<SearchHit> Rank(IReadOnlyList<Candidate> candidates, string q) =>
        candidates
            .Select(c => (Candidate: c, Tier: Tier(c, q)))
            .OrderBy(x => x.Tier)
            .ThenBy(x => x.Candidate.Relevance)
            .ThenBy(x => x.Candidate.DocumentOrder)
            .Select(x => ToHit(x.Candidate, q))
            .ToList();

    static int Tier(Candidate c, string q)
    {
        if (c.Field == "text") return 3;
        if (string.Equals(c.Value, q, StringComparison.OrdinalIgnoreCase)) return 0;
        return c.Value.StartsWith(q, StringComparison.OrdinalIgnoreCase) ? 1 : 2;
    }

    static SearchHit ToHit(Candidate c, string q)
    {
        int start = Math.Max(0, c.Value.IndexOf(q, StringComparison.OrdinalIgnoreCase));
        int end = Math.Min(c.Value.Length, start + q.Length);
        return new SearchHit(c.Type, c.Id, c.ReportId, c.SectionId, c.Title, c.Field, Snippet(c.Value, start, end), start, end);
    }

    static string Snippet(string value, int start, int end)
    {
        int from = Math.Max(0, start - SnippetContext), to = Math.Min(value.Length, end + SnippetContext);
        return (from > 0 ? "…" : "") + value[from..start] + "<mark>" + value[start..end] + "</mark>" + value[end..to] + (to < value.Length ? "…" : "");
    }
}
