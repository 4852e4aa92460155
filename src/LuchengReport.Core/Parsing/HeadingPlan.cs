using LuchengReport.Core.Model;

namespace LuchengReport.Core.Parsing;

/// <summary>How a report's parts were recognised, for the warnings a reader sees.</summary>
public enum PartForm
{
    /// <summary>No parts: every paragraph is in the preamble (or an appendix).</summary>
    None,
    /// <summary>"一、…" headings, or numerals alone on their lines.</summary>
    Numbered,
    /// <summary>Unnumbered title lines (<see cref="ShapeParts"/>).</summary>
    Shape,
    /// <summary>"(一)…" title lines of their own, in a report with no "一、…" and no unnumbered titles.</summary>
    ItemNumbers,
}

/// <summary>A body line (or two, for a wrapped title) that is a heading, not a paragraph.</summary>
public sealed record PlannedHeading(string Level, string? Number, string Title, int Lines);

/// <summary>
/// The headings of a body, decided before the sections are built, because a line is a part heading or not by what
/// surrounds it: the closing words and appendices after it, a repeat of it later (a table of contents), unnumbered
/// title lines around a numbered list.
/// </summary>
public sealed class HeadingPlan
{
    public required IReadOnlyDictionary<int, PlannedHeading> ByLine { get; init; }
    public required PartForm Form { get; init; }

    public static HeadingPlan Of(IReadOnlyList<SourceLine> body)
    {
        var headings = new Dictionary<int, PlannedHeading>();
        int end = AddAppendices(body, headings);
        var numbered = NumberedParts.Find(body, end);
        var shapes = ShapeParts.Candidates(body, end);

        PartForm form;
        if (numbered.Count > 0 && NestsIn(numbered, shapes))
        {
            // "十五五规划的基本任务" / 一、… 四、 / "去年规划的执行情况": the numbered list is inside the first part.
            foreach (var s in shapes) headings[s.Index] = new(SectionLevels.Part, null, s.Title, s.Lines);
            foreach (var n in numbered) headings[n.Index] = new(SectionLevels.Item, n.Number, n.Title, n.Lines);
            form = PartForm.Shape;
        }
        else if (numbered.Count > 0)
        {
            foreach (var n in numbered) headings[n.Index] = new(SectionLevels.Part, n.Number, n.Title, n.Lines);
            form = PartForm.Numbered;
        }
        else if (ShapeParts.AreParts(shapes, body.Count))
        {
            foreach (var s in shapes) headings[s.Index] = new(SectionLevels.Part, null, s.Title, s.Lines);
            form = PartForm.Shape;
        }
        else form = AddItemNumberParts(body, end, headings) ? PartForm.ItemNumbers : PartForm.None;
        return new HeadingPlan { ByLine = headings, Form = form };
    }

    /// <summary>Unnumbered titles before the first numbered heading and after the last, none between them.</summary>
    static bool NestsIn(List<NumberedParts.Found> numbered, List<ShapeParts.Found> shapes) =>
        shapes.Count >= 2 && shapes[0].Index < numbered[0].Index && shapes[^1].Index > numbered[^1].Index
        && !shapes.Any(s => s.Index > numbered[0].Index && s.Index < numbered[^1].Index);

    /// <summary>Appendix headings after the closing words; returns where the report proper ends.</summary>
    static int AddAppendices(IReadOnlyList<SourceLine> body, Dictionary<int, PlannedHeading> headings)
    {
        int end = body.Count;
        bool closed = false;
        for (int i = 0; i < body.Count; i++)
        {
            if (closed && Appendices.Match(body[i]) is { } appendix)
            {
                end = Math.Min(end, i);
                headings[i] = AppendixHeading(body, i, appendix);
                if (headings[i].Lines == 2) i++;
                continue;
            }
            closed |= Appendices.EndsWithExclamation(body[i].Key);
        }
        return end;
    }

    /// <summary>"附件:2025年10件惠民实事" is titled after its label; "附件1" alone, by the short line that follows it.</summary>
    static PlannedHeading AppendixHeading(IReadOnlyList<SourceLine> body, int at, Appendices.Heading appendix)
    {
        var label = StructureParser.Verbatim(body[at], appendix.Label);
        if (appendix.Title is { } title) return new(SectionLevels.Appendix, label, StructureParser.Verbatim(body[at], title), 1);
        bool titledBelow = label.StartsWith('附') && at + 1 < body.Count
            && body[at + 1].Key.Length <= 40 && !TitleLines.EndsSentence(body[at + 1].Key) && Appendices.Match(body[at + 1]) is null
            && !Headings.Part().IsMatch(body[at + 1].Key) && at + 2 < body.Count;
        return titledBelow
            ? new(SectionLevels.Appendix, label, body[at + 1].Text, 2)
            : new(SectionLevels.Appendix, null, body[at].Text, 1);
    }

    /// <summary>
    /// "(一)当前的形势和任务" on a line of its own, numbered from (一) on, in a report with no other parts: the
    /// report's parts are numbered as items are elsewhere.
    /// </summary>
    static bool AddItemNumberParts(IReadOnlyList<SourceLine> body, int end, Dictionary<int, PlannedHeading> headings)
    {
        var found = new List<(int Index, string Number, string Title)>();
        long last = 0;
        for (int i = 0; i < end; i++)
            if (Headings.ItemHeadingLine().Match(body[i].Key) is { Success: true } m
                && ChineseNumerals.TryParse(m.Groups["number"].Value, out long n) && n == last + 1)
            {
                found.Add((i, m.Groups["number"].Value, StructureParser.Verbatim(body[i], m.Groups["title"])));
                last = n;
            }
        if (found.Count < 2) return false;
        foreach (var (index, number, title) in found) headings[index] = new(SectionLevels.Part, number, title, 1);
        return true;
    }
}
