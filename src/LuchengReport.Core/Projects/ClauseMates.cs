namespace LuchengReport.Core.Projects;

/// <summary>
/// Which projects are named in the same clause as a given one, from an index of clauses built once: asking every
/// project's every mention, for each project, would grow with the square of the text.
/// </summary>
internal sealed class ClauseMates
{
    readonly IReadOnlyList<ProjectDraft> _drafts;
    readonly Dictionary<(string ParagraphId, Span Clause), List<int>> _byClause = [];

    public ClauseMates(IReadOnlyList<ProjectDraft> drafts)
    {
        _drafts = drafts;
        for (int d = 0; d < drafts.Count; d++)
            foreach (var o in drafts[d].Occurrences)
            {
                var clause = (o.Where.Paragraph.Id, o.Raw.Clause);
                if (!_byClause.TryGetValue(clause, out var named)) _byClause[clause] = named = [];
                if (named.Count == 0 || named[^1] != d) named.Add(d);
            }
    }

    /// <summary>The other projects sharing a clause with <paramref name="draft"/>, in the order of the project list.</summary>
    public IEnumerable<ProjectDraft> Of(ProjectDraft draft)
    {
        var mates = new SortedSet<int>();
        foreach (var o in draft.Occurrences)
            foreach (int d in _byClause[(o.Where.Paragraph.Id, o.Raw.Clause)])
                if (!ReferenceEquals(_drafts[d], draft)) mates.Add(d);
        return mates.Select(d => _drafts[d]);
    }
}
