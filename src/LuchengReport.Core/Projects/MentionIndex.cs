namespace LuchengReport.Core.Projects;

/// <summary>
/// Once the projects are known, every other place their names occur is a mention too, whatever the sentence
/// around them: "全力推动中国鞋都向世界鞋都跨越" mentions 中国鞋都 though no list or head word points at it there.
/// </summary>
internal static class MentionIndex
{
    /// <summary>Names shorter than this are only trusted where the rules found them (东园, 西园).</summary>
    const int MinimumLength = 3;

    public static void AddRemaining(IReadOnlyList<ProjectDraft> drafts, IReadOnlyList<ParagraphText> paragraphs)
    {
        var taken = drafts.SelectMany(d => d.Occurrences).Select(o => (o.Where.Paragraph.Id, o.Raw.Surface)).ToList();
        foreach (var draft in drafts)
        {
            var keys = draft.Keys.Where(k => k.Length >= MinimumLength).OrderByDescending(k => k.Length).ToList();
            foreach (var paragraph in paragraphs)
                foreach (var key in keys)
                    for (int at = paragraph.Text.IndexOf(key, StringComparison.Ordinal); at >= 0;
                         at = paragraph.Text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
                    {
                        var span = new Span(at, at + key.Length);
                        if (!EndsThere(paragraph.Text, span)) continue;
                        if (taken.Any(t => t.Id == paragraph.Paragraph.Id && t.Surface.Start < span.End && span.Start < t.Surface.End)) continue;
                        taken.Add((paragraph.Paragraph.Id, span));
                        draft.Occurrences.Add(new Occurrence(paragraph, Found(paragraph.Text, span)));
                    }
        }
    }

    /// <summary>
    /// Whether the name ends where it occurs, rather than opening a longer noun: "推动中国鞋都向世界鞋都跨越" names
    /// 中国鞋都, "办好中国鞋都鞋类采购节" names a fair.
    /// </summary>
    static bool EndsThere(string text, Span name)
    {
        var clause = Clauses.Split(text).First(c => c.Start <= name.Start && name.End <= c.End);
        var item = Clauses.Items(text, clause).First(i => i.Start <= name.Start && name.End <= i.End);
        var next = NameShapes.Boundary().Match(text, name.End, item.End - name.End);
        int stop = next.Success ? next.Index : item.End;
        return NameShapes.IgnorableTail().IsMatch(text[name.End..stop]);
    }

    /// <summary>A mention at a known place: its clause, and the status words around it in that clause.</summary>
    static RawMention Found(string text, Span name)
    {
        var clause = Clauses.Split(text).First(c => c.Start <= name.Start && name.End <= c.End);
        var item = Clauses.Items(text, clause).FirstOrDefault(i => i.Start <= name.Start && name.End <= i.End, clause);
        var status = StatusWords.Find(text, new Span(item.Start, name.Start), new Span(clause.Start, item.Start),
            new Span(name.End, item.End), new Span(item.End, clause.End));
        return new RawMention([name], name, clause, status, true, "");
    }
}
