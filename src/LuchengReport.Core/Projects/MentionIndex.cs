namespace LuchengReport.Core.Projects;

/// <summary>
/// Once the projects are known, every other place their names occur is a mention too, whatever the sentence
/// around them: "全力推动中国鞋都向世界鞋都跨越" mentions 中国鞋都 though no list or head word points at it there.
/// </summary>
internal static class MentionIndex
{
    /// <summary>Names shorter than this are only trusted where the rules found them (东园, 西园).</summary>
    const int MinimumLength = 3;

    /// <remarks>
    /// Drafts are visited in order, each over the paragraphs in order, its keys longest first, and a key's places left
    /// to right; a place overlapping a surface already taken in its paragraph is skipped. All keys are found in one
    /// pass over the text (<see cref="KeyPlaces"/>) and the taken surfaces are kept per paragraph, so the cost grows
    /// with the text and the number of hits, not with their product.
    /// </remarks>
    public static void AddRemaining(IReadOnlyList<ProjectDraft> drafts, IReadOnlyList<ParagraphText> paragraphs)
    {
        // The surfaces already taken, by paragraph id.
        var takenById = new Dictionary<string, List<Span>>();
        foreach (var p in paragraphs) takenById.TryAdd(p.Paragraph.Id, []);
        foreach (var o in drafts.SelectMany(d => d.Occurrences))
            if (takenById.TryGetValue(o.Where.Paragraph.Id, out var list)) list.Add(o.Raw.Surface);
        var taken = paragraphs.Select(p => takenById[p.Paragraph.Id]).ToArray();

        var keysOf = drafts.Select(d => d.Keys.Where(k => k.Length >= MinimumLength).OrderByDescending(k => k.Length).ToList()).ToList();
        var places = KeyPlaces.Find(keysOf.SelectMany(k => k), paragraphs);
        var clauses = new IReadOnlyList<Span>?[paragraphs.Count];
        var hits = new List<(int Paragraph, int Rank, int At, int Length)>();
        // The items of the clause at hand, one list lent to every hit.
        var items = new List<Span>();

        for (int d = 0; d < drafts.Count; d++)
        {
            hits.Clear();
            for (int rank = 0; rank < keysOf[d].Count; rank++)
                foreach (var (p, at) in places.Of(keysOf[d][rank]))
                    hits.Add((p, rank, at, keysOf[d][rank].Length));
            hits.Sort();

            foreach (var (p, _, at, length) in hits)
            {
                var paragraph = paragraphs[p];
                var span = new Span(at, at + length);
                var paragraphClauses = clauses[p] ??= Clauses.Split(paragraph.Text);
                if (!EndsThere(paragraph.Text, paragraphClauses, span, items)) continue;
                if (Overlaps(taken[p], span)) continue;
                taken[p].Add(span);
                drafts[d].Occurrences.Add(new Occurrence(paragraph, Found(paragraph.Text, paragraphClauses, span, items)));
            }
        }
    }

    static bool Overlaps(List<Span> taken, Span span)
    {
        foreach (var t in taken)
            if (t.Start < span.End && span.Start < t.End) return true;
        return false;
    }

    /// <summary>
    /// Whether the name ends where it occurs, rather than opening a longer noun: "推动中国鞋都向世界鞋都跨越" names
    /// 中国鞋都, "办好中国鞋都鞋类采购节" names a fair.
    /// </summary>
    static bool EndsThere(string text, IReadOnlyList<Span> clauses, Span name, List<Span> items)
    {
        var clause = Holding(clauses, name) ?? throw new InvalidOperationException("no clause holds the name");
        var item = Holding(Clauses.Items(text, clause, items), name) ?? throw new InvalidOperationException("no item holds the name");
        int stop = NameShapes.FirstBoundary(text, name.End, item.End)?.Start ?? item.End;
        return NameShapes.IgnorableTail().IsMatch(text.AsSpan(name.End, stop - name.End));
    }

    /// <summary>The first span that holds <paramref name="name"/>, or null.</summary>
    static Span? Holding(IReadOnlyList<Span> spans, Span name)
    {
        // By index: a foreach over the interface would box an enumerator on every call.
        for (int i = 0; i < spans.Count; i++)
            if (spans[i] is var s && s.Start <= name.Start && name.End <= s.End) return s;
        return null;
    }

    /// <summary>A mention at a known place: its clause, and the status words around it in that clause.</summary>
    static RawMention Found(string text, IReadOnlyList<Span> clauses, Span name, List<Span> items)
    {
        var clause = Holding(clauses, name) ?? throw new InvalidOperationException("no clause holds the name");
        var item = Holding(Clauses.Items(text, clause, items), name) ?? clause;
        var status = StatusWords.Find(text, new Span(item.Start, name.Start), new Span(clause.Start, item.Start),
            new Span(name.End, item.End), new Span(item.End, clause.End));
        return new RawMention([name], name, clause, status, true, "");
    }
}
