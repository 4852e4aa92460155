using LuchengReport.Core.Model;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// One line of the report as the livelihood rules read it: a paragraph, or a heading the parser keeps only as a
/// section title ("一、稳定和扩大就业" after "附件" is read as a part by a parser without appendices; "2025年10件惠民实事"
/// may be an appendix's title). Offsets into <see cref="Text"/> are what the record serves: paragraph offsets for a
/// paragraph, offsets in the heading's line for a heading. <see cref="Opens"/> is the level of the section the line
/// opens (an item "(一)…" or a part heading), null for a plain paragraph.
/// </summary>
internal sealed class Block(int index, Paragraph? paragraph, string sectionId, string text, string? opens)
{
    FoldedText? _folded;

    public int Index { get; } = index;
    public Paragraph? Paragraph { get; } = paragraph;
    public string? ParagraphId => Paragraph?.Id;
    public string SectionId { get; } = sectionId;
    public string Text { get; } = text;
    public string? Opens { get; } = opens;

    /// <summary>Folded on first use: most lines never need it.</summary>
    public FoldedText Folded => _folded ??= FoldedText.Fold(Text);

    /// <summary>A verbatim span of this line, from a span of its folded text.</summary>
    public LivelihoodSpan Span(int foldedStart, int foldedEnd)
    {
        int start = Folded.OriginalStart(foldedStart), end = Folded.OriginalEnd(foldedEnd);
        return new LivelihoodSpan(ParagraphId, SectionId, Text[start..end], start, end);
    }
}

internal static class ReportBlocks
{
    /// <summary>The paragraphs and the heading-only lines of a report, in text order.</summary>
    public static List<Block> Of(ParsedReport report)
    {
        // Paragraphs come in text order: the one that may hold a heading is found by binary search on their starts.
        var starts = report.Paragraphs.Select(p => p.Start).ToList();
        var lines = new List<(int Start, Paragraph? Paragraph, string SectionId, string Text, string? Opens)>();
        var opened = new Dictionary<int, string>();
        foreach (var s in report.Sections.Where(s => s.Level != SectionLevels.Preamble))
        {
            if (InParagraph(report.Paragraphs, starts, s.Start) is int holder)
            {
                if (report.Paragraphs[holder].Start == s.Start) opened[holder] = s.Level;
                continue;
            }
            int end = LineEnd(report.Text, s.Start);
            lines.Add((s.Start, null, s.Id, report.Text[s.Start..end].TrimEnd(), s.Level));
            // A title on the line after its label ("附件" then "2025年10件惠民实事") is a line of its own.
            int title = s.Title.Length > 0 ? report.Text.IndexOf(s.Title, s.Start, StringComparison.Ordinal) : -1;
            if (title >= end && InParagraph(report.Paragraphs, starts, title) is null)
            {
                int from = report.Text.LastIndexOfAny(['\n', '\r'], title) + 1;
                lines.Add((from, null, s.Id, report.Text[from..LineEnd(report.Text, from)].TrimEnd(), null));
            }
        }
        lines.AddRange(report.Paragraphs.Select((p, i) => (p.Start, (Paragraph?)p, p.SectionId, p.Text, opened.GetValueOrDefault(i))));
        return lines.OrderBy(l => l.Start).Select((l, i) => new Block(i, l.Paragraph, l.SectionId, l.Text, l.Opens)).ToList();
    }

    /// <summary>The index of the paragraph holding offset <paramref name="at"/>, if any.</summary>
    static int? InParagraph(IReadOnlyList<Paragraph> paragraphs, List<int> starts, int at)
    {
        int i = starts.BinarySearch(at);
        if (i < 0) i = ~i - 1;
        return i >= 0 && at < paragraphs[i].End ? i : null;
    }

    static int LineEnd(string text, int from)
    {
        int end = text.IndexOfAny(['\n', '\r'], from);
        return end < 0 ? text.Length : end;
    }
}
