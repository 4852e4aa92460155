using System.Text.RegularExpressions;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Parsing;

/// <summary>
/// Builds the table of contents and places every body paragraph exactly once, in order, under its section.
/// Rules (no table of this report's headings):
/// <list type="bullet">
/// <item>the part headings and appendix headings are decided first (<see cref="HeadingPlan"/>); they are headings,
///   not paragraphs;</item>
/// <item>a paragraph "(一)…。" opens an item titled by its lead sentence, and belongs to it;</item>
/// <item>inside an item, or in a part that has no items, a paragraph opening with a short title sentence
///   ("强化创新平台建设。…") opens a subsection;</item>
/// <item>paragraphs before the first part form the preamble (the opening address, a table of contents);</item>
/// <item>after a part's last item, a paragraph addressing the delegates ("各位代表,…") starts the part's closing
///   remarks, which belong to the part itself; one that is followed by another item only ends the subsection;</item>
/// <item>after an appendix heading, every paragraph belongs to the appendix: its lists are not parts.</item>
/// </list>
/// </summary>
public static partial class StructureParser
{
    public static (IReadOnlyList<Section> Sections, IReadOnlyList<Paragraph> Paragraphs, PartForm Form) Parse(
        string reportId, IReadOnlyList<SourceLine> body)
    {
        var plan = HeadingPlan.Of(body);
        var nodes = new List<Node>();
        var paragraphs = new List<(SourceLine Line, Node Section)>();
        Node? preamble = null, part = null, item = null, subsection = null, appendix = null;
        bool closing = false, partHasItems = false;
        int parts = 0, appendices = 0;

        for (int i = 0; i < body.Count; i++)
        {
            var line = body[i];
            var key = line.Key;

            if (plan.ByLine.TryGetValue(i, out var heading) && (heading.Level != SectionLevels.Item || part is not null))
            {
                int headingEnd = body[i + heading.Lines - 1].End;
                if (heading.Level == SectionLevels.Part)
                {
                    int ordinal = ++parts;
                    part = Add(new Node($"{reportId}-s{ordinal}", null, SectionLevels.Part, heading.Number, heading.Title, ordinal, line.Start, headingEnd));
                    partHasItems = ItemFollowsInPart(body, plan, i + heading.Lines);
                    item = null;
                }
                else if (heading.Level == SectionLevels.Item)
                {
                    int ordinal = part!.Children + 1;
                    item = Add(new Node($"{part.Id}-{ordinal}", part, SectionLevels.Item, heading.Number, heading.Title, ordinal, line.Start, headingEnd));
                }
                else
                {
                    int ordinal = ++appendices;
                    appendix = Add(new Node($"{reportId}-a{ordinal}", null, SectionLevels.Appendix, heading.Number, heading.Title, ordinal, line.Start, headingEnd));
                    part = item = null;
                }
                subsection = null;
                closing = false;
                i += heading.Lines - 1;
                continue;
            }

            Node owner;
            if (appendix is not null) owner = appendix;
            else if (part is null)
            {
                preamble ??= Add(new Node($"{reportId}-s0", null, SectionLevels.Preamble, null, PreambleTitle(line), 0, line.Start, line.End));
                owner = preamble;
            }
            else if (Headings.Item().Match(key) is { Success: true } itemMatch)
            {
                int ordinal = part.Children + 1;
                item = Add(new Node($"{part.Id}-{ordinal}", part, SectionLevels.Item, itemMatch.Groups["number"].Value,
                    Verbatim(line, itemMatch.Groups["title"]), ordinal, line.Start, line.End));
                subsection = null;
                closing = false;
                owner = item;
            }
            else if (!closing && Headings.Salutation().IsMatch(key))
            {
                subsection = null;
                closing = item is not null && !ItemFollowsInPart(body, plan, i + 1);
                owner = closing ? part : item ?? part;
            }
            else if (!closing && (item is not null || !partHasItems) && Headings.SubsectionLead().Match(key) is { Success: true } lead)
            {
                var parent = item ?? part;
                int ordinal = parent.Children + 1;
                subsection = Add(new Node($"{parent.Id}-{ordinal}", parent, SectionLevels.Subsection, null,
                    Verbatim(line, lead.Groups["title"]), ordinal, line.Start, line.End));
                owner = subsection;
            }
            else owner = closing ? part : subsection ?? item ?? part;

            paragraphs.Add((line, owner));
        }

        var result = new List<Paragraph>(paragraphs.Count);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var (line, section) = paragraphs[p];
            int ordinal = p + 1;
            result.Add(new Paragraph($"{reportId}-p{ordinal}", section.Id, ordinal, line.Text, line.Start, line.End));
            for (var n = section; n is not null; n = n.Parent) n.Cover(ordinal, line.End);
        }
        return (nodes.Select((n, index) => n.ToSection(index + 1)).ToList(), result, plan.Form);

        Node Add(Node node)
        {
            nodes.Add(node);
            if (node.Parent is not null) node.Parent.Children++;
            return node;
        }
    }

    /// <summary>Whether an item opens between <paramref name="from"/> and the next part or appendix.</summary>
    static bool ItemFollowsInPart(IReadOnlyList<SourceLine> body, HeadingPlan plan, int from)
    {
        for (int j = from; j < body.Count; j++)
        {
            if (plan.ByLine.TryGetValue(j, out var heading)) return heading.Level == SectionLevels.Item;
            if (Headings.Item().IsMatch(body[j].Key)) return true;
        }
        return false;
    }

    /// <summary>Maps a regex group on the folded line back to the verbatim text, so titles read as published.</summary>
    internal static string Verbatim(SourceLine line, Group group) =>
        line.Text[line.Folded.OriginalStart(group.Index)..line.Folded.OriginalEnd(group.Index + group.Length)];

    /// <summary>The preamble is named by its salutation ("各位代表"), or else by its first words.</summary>
    static string PreambleTitle(SourceLine first) =>
        Headings.Salutation().Match(first.Key) is { Success: true } m
            ? Verbatim(first, m.Groups["salutation"])
            : first.Text.Length <= 20 ? first.Text : first.Text[..20] + "…";
}
