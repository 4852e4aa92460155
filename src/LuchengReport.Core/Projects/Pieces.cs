namespace LuchengReport.Core.Projects;

/// <summary>
/// One paragraph's folded text cut at verbs and function words (<see cref="NameShapes.Boundary"/>) into pieces, and
/// the name a piece ends in. Boundaries, head words and quotes are matched once per paragraph; quoted text is never
/// cut (“平安护航建党百年” stays one piece).
/// </summary>
internal sealed class Pieces
{
    readonly List<(Span Span, string Value)> _boundaries = [];
    readonly List<Span> _heads = [];
    readonly List<Span> _quoted = [];

    public Pieces(string text)
    {
        Text = text;
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '“') open = i;
            else if (text[i] == '”' && open >= 0) { _quoted.Add(new Span(open, i)); open = -1; }
        }
        for (var m = NameShapes.Boundary().Match(text); m.Success; m = m.NextMatch())
            if (!_quoted.Any(q => m.Index > q.Start && m.Index < q.End)) _boundaries.Add((new Span(m.Index, m.Index + m.Length), m.Value));
        for (var m = NameShapes.Head().Match(text); m.Success; m = m.NextMatch()) _heads.Add(new Span(m.Index, m.Index + m.Length));
    }

    public string Text { get; }

    public List<Span> Split(Span within)
    {
        var pieces = new List<Span>();
        int start = within.Start;
        foreach (var (b, _) in _boundaries)
        {
            if (b.Start < within.Start || b.End > within.End) continue;
            if (b.Start > start) pieces.Add(new Span(start, b.Start));
            start = Math.Max(start, b.End);
        }
        if (within.End > start) pieces.Add(new Span(start, within.End));
        return pieces;
    }

    /// <summary>Where "等" closes the item's list (outside quotes), or -1.</summary>
    public int EtcIndex(Span item) =>
        _boundaries.FirstOrDefault(b => b.Value == "等" && b.Span.Start >= item.Start && b.Span.End <= item.End) is ({ } s, "等") ? s.Start : -1;

    /// <summary>
    /// The name a piece ends in: up to its last head word, when only works words follow ("七都岛控规" → "七都岛"),
    /// and never when a count follows ("院士产业化项目1个") or the head stands alone.
    /// </summary>
    public Span? NameIn(Span piece)
    {
        int end = piece.End;
        // "轻工产业园区“三大工业平台”": the quoted count names the list's kind, not the member.
        if (NameShapes.QuotedCategory().Match(Text, piece.Start, piece.Length) is { Success: true } category) end = category.Index;
        int start = piece.Start + NameShapes.LeadingQuantifier().Match(Text, piece.Start, end - piece.Start).Length;
        // "“1+2+6+N”“城市大脑”鹿城分平台": a leading code in quotes describes the name that follows it.
        while (start < end && NameShapes.LeadingCode().Match(Text, start, end - start) is { Success: true } code && code.Index == start)
            start += code.Length;

        for (int i = _heads.Count - 1; i >= 0; i--)
        {
            var head = _heads[i];
            if (head.Start < start || head.End > end) continue;
            var tail = Text[head.End..end];
            if (NameShapes.CountAfter().IsMatch(tail)) return null;
            if (!NameShapes.IgnorableTail().IsMatch(tail)) continue;
            return head.Start > start ? new Span(start, head.End) : null;
        }
        return null;
    }

    /// <summary>A piece without a head word, trimmed as a list member: "双屿“四大商圈”提质升级" → "双屿".</summary>
    public Span? Bare(Span piece)
    {
        int start = piece.Start + NameShapes.LeadingQuantifier().Match(Text, piece.Start, piece.Length).Length, end = piece.End;
        while (end > start && NameShapes.TailWord().Match(Text, start, end - start) is { Success: true } word) end = word.Index;
        if (end > start && NameShapes.QuotedCategory().Match(Text, start, end - start) is { Success: true } category) end = category.Index;
        return end > start ? new Span(start, end) : null;
    }
}
