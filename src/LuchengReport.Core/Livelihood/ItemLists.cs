using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// The projects a statement lists, verbatim, in the forms reports use: inline after 包括 ("…15件重点民生实事,包括:
/// 新开工改造城镇老旧小区…;建设100个口袋公园…;…", "…民生实事,包括放心家政、安心托幼等项目"), an enumeration before
/// 等 and the count ("就业促进、教育提质、…、科技文体惠民等十件民生实事"), or a numbered list (see
/// <see cref="NumberedItems"/>). Nothing is listed that the text does not list: a count alone gives no items.
/// </summary>
internal static class ItemLists
{
    /// <summary>Punctuation that closes an item rather than belonging to it.</summary>
    public const string Closing = "。;,、:!?";

    /// <param name="at">Where the count (or the name, when uncounted) starts in the folded text.</param>
    /// <param name="after">Where the name, and a count after it, end.</param>
    public static (List<LivelihoodItem> Items, bool Numbered) Find(List<Block> blocks, Block block, int at, int after, int? count)
    {
        var text = block.Folded.Text;
        if (LivelihoodPatterns.Including().Match(text, after, text.Length - after) is { Success: true, Length: > 0 } including)
            return (Including(block, including.Index + including.Length), false);
        if (at > 0 && text[at - 1] == '等' && BeforeEtc(block, at - 1) is { Count: >= 2 } examples) return (examples, false);
        return (NumberedItems.After(blocks, block, after, count), true);
    }

    /// <summary>"包括:A;B;…;O。" splits on ;, else "包括A、B等项目," on 、 up to the comma and the last 等.</summary>
    static List<LivelihoodItem> Including(Block block, int from)
    {
        var text = block.Folded.Text;
        int end = text.IndexOfAny(['。', '!', '?'], from);
        if (end < 0) end = text.Length;
        List<Span> pieces;
        if (text.IndexOf(';', from, end - from) >= 0) pieces = SplitOn(text, from, end, ';');
        else
        {
            int comma = text.IndexOf(',', from, end - from);
            if (comma >= 0) end = comma;
            int etc = end > from ? text.LastIndexOf('等', end - 1, end - from) : -1;
            if (etc > from) end = etc;
            pieces = Clauses.Items(text, new Span(from, end));
        }
        return pieces.Select((p, i) => Item(block, i + 1, p.Start, p.End)).Where(i => i.Text.Length > 0).ToList();
    }

    /// <summary>"实施就业促进、教育提质、科技文体惠民等十件…": the items of the clause before 等, less an opening verb.</summary>
    static List<LivelihoodItem> BeforeEtc(Block block, int etc)
    {
        var text = block.Folded.Text;
        int start = text.LastIndexOfAny([',', ';', ':', '。', '!', '?'], etc - 1) + 1;
        var pieces = Clauses.Items(text, new Span(start, etc));
        if (pieces.Count > 0 && LivelihoodPatterns.LeadingVerb().Match(text, pieces[0].Start, pieces[0].Length) is { Success: true, Index: var v } verb
            && v == pieces[0].Start && verb.Length < pieces[0].Length)
            pieces[0] = new Span(pieces[0].Start + verb.Length, pieces[0].End);
        return pieces.Select((p, i) => Item(block, i + 1, p.Start, p.End)).ToList();
    }

    static List<Span> SplitOn(string text, int from, int end, char separator)
    {
        var spans = new List<Span>();
        for (int start = from, i = from; i <= end; i++)
            if (i == end || text[i] == separator)
            {
                if (i > start) spans.Add(new Span(start, i));
                start = i + 1;
            }
        return spans;
    }

    static LivelihoodItem Item(Block block, int number, int start, int end)
    {
        var text = block.Folded.Text;
        while (end > start && Closing.Contains(text[end - 1])) end--;
        var span = block.Span(start, end);
        return new LivelihoodItem(number, null, block.Span(start, FirstClauseEnd(text, start, end)).Text, span.Text, block.ParagraphId,
            block.SectionId, span.Start, span.End, AnnualTarget(block, start, end), []);
    }

    /// <summary>Where an item's first phrase ends: at its first , ; : or 。 (its title: "医疗卫生方面", "稳定和扩大就业").</summary>
    public static int FirstClauseEnd(string text, int start, int end)
    {
        int cut = text.IndexOfAny([',', ';', ':', '。', '!', '?'], start, end - start);
        return cut < 0 ? end : cut;
    }

    /// <summary>What follows "年度目标" in folded text[start..end), verbatim, or null.</summary>
    public static LivelihoodSpan? AnnualTarget(Block block, int start, int end)
    {
        var text = block.Folded.Text;
        var m = LivelihoodPatterns.AnnualTarget().Match(text, start, end - start);
        if (!m.Success) return null;
        int from = m.Index + m.Length;
        while (end > from && Closing.Contains(text[end - 1])) end--;
        return end > from ? block.Span(from, end) : null;
    }
}
