namespace LuchengReport.Core.Projects;

/// <summary>
/// One paragraph's folded text cut at verbs and function words (<see cref="NameShapes.Boundary"/>) into pieces, and
/// the name a piece ends in. Boundaries, head words and quotes are matched once per paragraph; quoted text is never
/// cut (“平安护航建党百年” stays one piece).
/// </summary>
internal sealed class Pieces
{
    /// <summary>Boundaries outside quotes, in text order (matches do not overlap).</summary>
    readonly List<Span> _boundaries;
    readonly List<Span> _heads;
    readonly List<Span> _quoted;

    /// <summary>
    /// The pieces of <paramref name="text"/>, kept in the lists given (cleared first): a caller going through many
    /// paragraphs one at a time lends the same lists to each, rather than growing new ones for every paragraph.
    /// </summary>
    public Pieces(string text, List<Span> boundaries, List<Span> heads, List<Span> quoted)
    {
        Text = text;
        _quoted = quoted;
        _quoted.Clear();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '“') open = i;
            else if (text[i] == '”' && open >= 0) { _quoted.Add(new Span(open, i)); open = -1; }
        }
        _boundaries = NameShapes.Boundaries(text, boundaries);
        if (_quoted.Count > 0) DropQuotedBoundaries();
        _heads = NameShapes.Heads(text, heads);
    }

    public string Text { get; }

    /// <summary>Removes the boundaries inside quotes, in place (a RemoveAll predicate would be a new delegate per paragraph).</summary>
    void DropQuotedBoundaries()
    {
        int kept = 0;
        for (int i = 0; i < _boundaries.Count; i++)
            if (!InsideQuotes(_boundaries[i].Start)) _boundaries[kept++] = _boundaries[i];
        _boundaries.RemoveRange(kept, _boundaries.Count - kept);
    }

    bool InsideQuotes(int index)
    {
        foreach (var q in _quoted) if (index > q.Start && index < q.End) return true;
        return false;
    }

    /// <summary>
    /// The boundaries inside <paramref name="within"/> are a run [first, last) of the list: boundaries are in text order
    /// and do not overlap, so a binary search finds the run's start and it ends at the first one reaching past it.
    /// </summary>
    (int First, int Last) BoundariesIn(Span within)
    {
        int lo = 0, hi = _boundaries.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_boundaries[mid].Start < within.Start) lo = mid + 1; else hi = mid;
        }
        int last = lo;
        while (last < _boundaries.Count && _boundaries[last].End <= within.End) last++;
        return (lo, last);
    }

    public List<Span> Split(Span within) => Split(within, []);

    /// <summary>The pieces of <paramref name="within"/> into <paramref name="pieces"/> (cleared first), for callers that reuse one list.</summary>
    public List<Span> Split(Span within, List<Span> pieces)
    {
        pieces.Clear();
        int start = within.Start;
        var (first, last) = BoundariesIn(within);
        for (int i = first; i < last; i++)
        {
            var b = _boundaries[i];
            if (b.Start > start) pieces.Add(new Span(start, b.Start));
            start = Math.Max(start, b.End);
        }
        if (within.End > start) pieces.Add(new Span(start, within.End));
        return pieces;
    }

    /// <summary>Where "等" closes the item's list (outside quotes), or -1.</summary>
    public int EtcIndex(Span item)
    {
        var (first, last) = BoundariesIn(item);
        for (int i = first; i < last; i++)
            if (_boundaries[i] is { Length: 1 } b && Text[b.Start] == '等') return b.Start;
        return -1;
    }

    /// <summary>
    /// The name a piece ends in: up to its last head word, when only works words follow ("七都岛控规" → "七都岛"),
    /// and never when a count follows ("院士产业化项目1个") or the head stands alone.
    /// </summary>
    public Span? NameIn(Span piece)
    {
        int end = piece.End;
        // "轻工产业园区“三大工业平台”": the quoted count names the list's kind, not the member.
        if (NameShapes.MayEndInQuotedCategory(Text, piece.Start, end)
            && NameShapes.QuotedCategory().Match(Text, piece.Start, piece.Length) is { Success: true } category) end = category.Index;
        int start = piece.Start + Openers.At(Text, piece.Start, end).Length;
        // "“1+2+6+N”“城市大脑”鹿城分平台": a leading code in quotes describes the name that follows it.
        while (start < end && Text[start] == '“' && NameShapes.LeadingCode().Match(Text, start, end - start) is { Success: true } code && code.Index == start)
            start += code.Length;

        // The heads inside [start, end), last first: heads are in text order and do not overlap.
        for (int i = LastHeadEndingBy(end); i >= 0 && _heads[i].Start >= start; i--)
        {
            var head = _heads[i];
            var tail = Text.AsSpan(head.End, end - head.End);
            // An empty tail is ignorable and holds no count.
            if (tail.Length > 0 && NameShapes.CountAfter().IsMatch(tail)) return null;
            if (tail.Length > 0 && !NameShapes.IgnorableTail().IsMatch(tail)) continue;
            return head.Start > start ? new Span(start, head.End) : null;
        }
        return null;
    }

    /// <summary>The index of the last head ending at or before <paramref name="end"/>, or -1.</summary>
    int LastHeadEndingBy(int end)
    {
        int lo = 0, hi = _heads.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_heads[mid].End <= end) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }

    /// <summary>A piece without a head word, trimmed as a list member: "双屿“四大商圈”提质升级" → "双屿".</summary>
    public Span? Bare(Span piece)
    {
        int start = piece.Start + Openers.At(Text, piece.Start, piece.End).Length, end = piece.End;
        while (end > start && NameShapes.MayEndInTailWord(Text[end - 1])
            && NameShapes.TailWord().Match(Text, start, end - start) is { Success: true } word) end = word.Index;
        if (end > start && NameShapes.MayEndInQuotedCategory(Text, start, end)
            && NameShapes.QuotedCategory().Match(Text, start, end - start) is { Success: true } category) end = category.Index;
        return end > start ? new Span(start, end) : null;
    }

    /// <summary>Whether the piece opens with a quantifier of many ("一批…", "各级…"): it speaks of a kind of thing.</summary>
    public bool OpensWithMany(Span piece) => Openers.At(Text, piece.Start, piece.End).Many;
}
