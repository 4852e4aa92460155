using LuchengReport.Core.Model;

namespace LuchengReport.Core.Parsing;

public static partial class StructureParser
{
    /// <summary>A section while it is built: its paragraph range and end grow as paragraphs are placed under it.</summary>
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
