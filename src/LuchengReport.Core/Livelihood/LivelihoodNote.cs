namespace LuchengReport.Core.Livelihood;

/// <summary>
/// A plain-English note on the record, composed from its values so it never says more than the text does, and in
/// words that fit any government: names, counts and periods are the report's own.
/// </summary>
internal static class LivelihoodNote
{
    public static string Of(LivelihoodRecord r)
    {
        var parts = new List<string>();
        if (r.CandidateCount is not null || r.SelectionMethod is not null) parts.AddRange(Vote(r));
        parts.Add(Statements(r.Statements));
        parts.Add(Listing(r));
        if (r.CandidatesListed)
        {
            var listed = $"The {r.Candidates.Count} candidates given here come from a separate table, not from the report text";
            parts.Add(r.CandidateCount is int m && m != r.Candidates.Count ? $"{listed}; the report says {m}." : listed + ".");
        }
        return string.Join(" ", parts);
    }

    static IEnumerable<string> Vote(LivelihoodRecord r)
    {
        var by = r.SelectionMethod is null ? "" : $" and put to the people's congress to choose by vote ({r.SelectionMethod})";
        yield return r.CandidateCount is int n
            ? $"The report says {n} candidate livelihood projects (民生实事候选项目) were drawn up{by}."
            : $"The report says its livelihood projects are chosen by the people's congress by vote ({r.SelectionMethod}), without counting candidates.";
        if (r.SelectedCount is int k) yield return $"It counts {k} projects chosen by the vote.";
        if (r.Principle is not null) yield return $"The stated principle is “{r.Principle}”.";
    }

    /// <summary>"It speaks of them in 4 statements: 15件重点民生实事 (2024, done), 15件重点民生实事 (2025, planned)."</summary>
    static string Statements(IReadOnlyList<LivelihoodStatement> statements)
    {
        var counted = statements.Where(s => s.CountText is not null && !s.Candidates)
            .Select(s => $"{s.CountText}{s.Name}{Details(s.Period, s.Status)}").ToList();
        var names = string.Join("/", statements.Select(s => s.Name).Distinct());
        var said = $"The report speaks of its livelihood projects ({names}) in {Plural(statements.Count, "statement")}";
        return counted.Count == 0 ? said + ", without a count." : $"{said}; the counts, as written: {string.Join("; ", counted)}.";
    }

    static string Listing(LivelihoodRecord r)
    {
        var lists = r.Statements.Where(s => s.Items.Count > 0).ToList();
        if (lists.Count == 0)
            return r.CandidateCount is not null || r.SelectionMethod is not null
                ? "The report does not list the candidates."
                : "The report does not list the projects themselves" + (r.Statements.Any(s => s.Count is not null || s.CategoryCount is not null)
                    ? ": a count is all it gives." : ".");
        return string.Join(" ", lists.Select(s => s.ListComplete == true
            ? $"It lists the {Plural(s.Items.Count, "item")} of “{s.Text}”."
            : $"It names {Plural(s.Items.Count, "item")} with “{s.Text}”" + ((s.Count ?? s.CategoryCount) is int n ? $", of the {n} it counts." : ", and gives no count.")));
    }

    static string Details(params string?[] details) =>
        details.Any(d => d is not null) ? $" ({string.Join(", ", details.Where(d => d is not null))})" : "";

    static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
