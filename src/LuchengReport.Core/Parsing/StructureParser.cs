using System.Text.RegularExpressions;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Parsing;

/// <summary>
/// Builds the table of contents and places every body paragraph exactly once, in order, under its section.
/// Rules (no table of this report's headings):
/// <list type="bullet">
/// <item>a line "一、…" opens a part; it is a heading, not a paragraph;</item>
/// <item>a paragraph "(一)…。" opens an item titled by its lead sentence, and belongs to it;</item>
/// <item>inside an item, a paragraph opening with a short title sentence ("强化创新平台建设。…") opens a subsection;</item>
/// <item>paragraphs before the first part form the preamble (the opening address);</item>
/// <item>after a part's last item, a paragraph addressing the delegates ("各位代表,…") starts the part's closing
///   remarks, which belong to the part itself; one that is followed by another item only ends the subsection.</item>
/// </list>
/// </summary>
public static class StructureParser
{
    public static (IReadOnlyList<Section> Sections, IReadOnlyList<Paragraph> Paragraphs) Parse(
        string reportId, IReadOnlyList<SourceLine> body)
    {
        var nodes = new List<Node>();
        var paragraphs = new List<(SourceLine Line, Node Section)>();
        Node? preamble = null, part = null, item = null, subsection = null;
        bool closing = false;
        int parts = 0;

        for (int i = 0; i < body.Count; i++)
        {
            var line = body[i];
            var key = line.Key;

            if (Headings.Part().Match(key) is { Success: true } partMatch)
            {
                int ordinal = ++parts;
                part = Add(new Node($"{reportId}-s{ordinal}", null, SectionLevels.Part, partMatch.Groups["number"].Value,
                    Verbatim(line, partMatch.Groups["title"]), ordinal, line.Start, line.End));
                item = subsection = null;
                closing = false;
                continue;
            }

            Node owner;
            if (part is null)
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
            else if (item is not null && !closing && Headings.Salutation().IsMatch(key))
            {
                subsection = null;
                closing = !ItemFollowsInPart(body, i + 1);
                owner = closing ? part : item;
            }
            else if (item is not null && !closing && Headings.SubsectionLead().Match(key) is { Success: true } lead)
            {
                int ordinal = item.Children + 1;
                subsection = Add(new Node($"{item.Id}-{ordinal}", item, SectionLevels.Subsection, null,
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
        return (nodes.Select((n, index) => n.ToSection(index + 1)).ToList(), result);

        Node Add(Node node)
        {
            nodes.Add(node);
            if (node.Parent is not null) node.Parent.Children++;
            return node;
        }
    }

    static bool ItemFollowsInPart(IReadOnlyList<SourceLine> body, int from)
    {
        for (int j = from; j < body.Count; j++)
        {
            if (Headings.Part().IsMatch(body[j].Key)) return false;
            if (Headings.Item().IsMatch(body[j].Key)) return true;
        }
        return false;
    }

    /// <summary>Maps a regex group on the folded line back to the verbatim text, so titles read as published.</summary>
    static string Verbatim(SourceLine line, Group group) =>
        line.Text[line.Folded.OriginalStart(group.Index)..line.Folded.OriginalEnd(group.Index + group.Length)];

    /// <summary>The preamble is named by its salutation ("各位代表"), or else by its first words.</summary>
    static string PreambleTitle(SourceLine first) =>
        Headings.Salutation().Match(first.Key) is { Success: true } m
            ? Verbatim(first, m.Groups["salutation"])
            : first.Text.Length <= 20 ? first.Text : first.Text[..20] + "…";

    sealed class Node(string id, Node? parent, string level, string? number, string title, int ordinal, int start, int end)
    {
        public string Id { get; } = id;
        public Node? Parent { get; } = parent;
        public string Level { get; } = level;
        public int Children { get; set; }
        int _end = end;
        int? _first, _last;

        public void Cover(int paragraphOrdinal, int paragraphEnd)
        {
            _first ??= paragraphOrdinal;
            _last = paragraphOrdinal;
            _end = Math.Max(_end, paragraphEnd);
        }

        public Section ToSection(int sequence) => new(Id, Parent?.Id, Level, number, title, ordinal, sequence,
            Depth: Parent is null ? 1 : Parent.Parent is null ? 2 : 3, start, _end, _first, _last);
    }
}
