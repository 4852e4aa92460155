using LuchengReport.Core.Model;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// A numbered list announced by a statement: right after its sentence in the same paragraph ("今年再办好15件民生实事。
/// 一是…二是…", "扎实办好“十件民生实事”。(1)…(2)…"), or on the lines after it, one item a line ("…十方面民生实事。"
/// then "1.医疗卫生方面。…", or "附件" "2025年10件惠民实事" then "一、稳定和扩大就业" "年度目标:…"). The numbers must
/// count up from 1 in one style; a line opening with a label ("年度目标:") goes on with the item above it. A whole
/// list in the paragraph after the statement ("一是…;二是…;三是…") is read as in the statement's own paragraph.
/// </summary>
internal static class NumberedItems
{
    /// <summary>How far a statement may run on after its name before a colon opens the list ("…10件实事,具体如下:").</summary>
    const int LeadIn = 24;

    /// <param name="nameEnd">Where the statement's name (and any count after it) ends, in the folded text.</param>
    /// <param name="count">The count the statement gives; without one, only a statement ending with ":" announces a list.</param>
    public static List<LivelihoodItem> After(List<Block> blocks, Block block, int nameEnd, int? count)
    {
        var text = block.Folded.Text;
        int stop = text.IndexOfAny(['。', ':', '!', '?'], nameEnd);
        if (stop < 0) return count is null ? [] : NextLines(blocks, block, count);
        bool colon = text[stop] == ':';
        if (colon ? stop - nameEnd > LeadIn : count is null || !LivelihoodPatterns.ListTail().IsMatch(text.AsSpan(nameEnd, stop - nameEnd))) return [];
        if (stop + 1 < text.Length)
            return ListMarkers.At(text, stop + 1, lineStart: false) is { Number: 1 } ? InParagraph(block, stop + 1) : [];
        return NextLines(blocks, block, count);
    }

    /// <summary>The list on the lines after the statement: all in the next paragraph ("一是…;二是…"), or one item a line.</summary>
    static List<LivelihoodItem> NextLines(List<Block> blocks, Block block, int? count)
    {
        if (block.Index + 1 < blocks.Count && blocks[block.Index + 1] is { Opens: null } next
            && ListMarkers.At(next.Folded.Text, 0, lineStart: false) is { Number: 1 } first
            && ListMarkers.Next(next.Folded.Text, first.End, first.Style, 2) is not null)
            return InParagraph(next, 0);
        return InLines(blocks, block, count);
    }

    /// <summary>"一是…。二是…。十五是…。用心尽力…": each item runs to the next marker; the last one to the end of its sentence.</summary>
    static List<LivelihoodItem> InParagraph(Block block, int from)
    {
        var text = block.Folded.Text;
        var items = new List<LivelihoodItem>();
        var marker = ListMarkers.At(text, from, lineStart: false)!.Value;
        while (true)
        {
            var next = ListMarkers.Next(text, marker.End, marker.Style, marker.Number + 1);
            int end = next?.Start ?? SentenceEnd(text, marker.End);
            items.Add(Item(block, marker, end, []));
            if (next is not { } n) return items;
            marker = n;
        }
    }

    /// <summary>
    /// One item a line, after the statement's line. Lines the parser made sections of the report ("一、…" parts, as a
    /// parser that knows no appendix reads an appendix list; "(一)…" items) are the list only when they are exactly
    /// as many as the count says: a statement that closes a paragraph is not followed by a list of the report's parts.
    /// </summary>
    static List<LivelihoodItem> InLines(List<Block> blocks, Block block, int? count)
    {
        var items = new List<LivelihoodItem>();
        Marker? current = null;
        Block? itemBlock = null;
        var more = new List<Block>();
        bool sections = false;
        for (int i = block.Index + 1; i < blocks.Count; i++)
        {
            var text = blocks[i].Folded.Text;
            var marker = ListMarkers.At(text, 0, lineStart: true);
            bool nextItem = marker is { } m && (current is { } c ? m.Style == c.Style && m.Number == c.Number + 1 : m.Number == 1)
                && (count is null || items.Count + (current is null ? 0 : 1) < count);
            if (nextItem)
            {
                if (current is { } done) items.Add(Item(itemBlock!, done, itemBlock!.Folded.Text.Length, more));
                (current, itemBlock, more) = (marker, blocks[i], []);
                sections |= blocks[i].Opens is SectionLevels.Part or SectionLevels.Item;
            }
            else if (current is not null && marker is null && LivelihoodPatterns.Label().IsMatch(text)) more.Add(blocks[i]);
            else break;
        }
        if (current is { } last) items.Add(Item(itemBlock!, last, itemBlock!.Folded.Text.Length, more));
        return sections && items.Count != count ? [] : items;
    }

    static int SentenceEnd(string text, int from)
    {
        int end = text.IndexOfAny(['。', '!', '?'], from);
        return end < 0 ? text.Length : end;
    }

    /// <summary>The item after <paramref name="marker"/> up to <paramref name="end"/>, without its closing punctuation.</summary>
    static LivelihoodItem Item(Block block, Marker marker, int end, List<Block> more)
    {
        var text = block.Folded.Text;
        while (end > marker.End && ItemLists.Closing.Contains(text[end - 1])) end--;
        var span = block.Span(marker.End, end);
        var title = block.Span(marker.End, ItemLists.FirstClauseEnd(text, marker.End, end)).Text;
        var target = ItemLists.AnnualTarget(block, marker.End, end)
            ?? more.Select(b => ItemLists.AnnualTarget(b, 0, b.Folded.Text.Length)).FirstOrDefault(t => t is not null);
        return new LivelihoodItem(marker.Number, block.Span(marker.Start, marker.End).Text, title, span.Text, block.ParagraphId, block.SectionId,
            span.Start, span.End, target, more.Where(b => b.ParagraphId is not null).Select(b => b.ParagraphId!).ToList());
    }
}
