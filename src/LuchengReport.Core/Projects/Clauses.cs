using System.Buffers;

namespace LuchengReport.Core.Projects;

/// <summary>A span [Start, End) of a paragraph's folded text.</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
    public string Of(string text) => text[Start..End];
}

/// <summary>
/// Cuts a paragraph's folded text into clauses (between , ; : 。 ! ?) and a clause into the items of an enumeration
/// (between 、). Punctuation inside quotes does not cut: “群众提、大家定、政府办” is one item, and so is
/// “中国一流、浙江典范、温州一绝”.
/// </summary>
internal static class Clauses
{
    static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;:。!?");
    static readonly SearchValues<char> ItemSeparators = SearchValues.Create("、");

    public static List<Span> Split(string text) => Split(text, []);

    /// <summary>The clauses of <paramref name="text"/> into <paramref name="clauses"/> (cleared first), for callers that reuse one list.</summary>
    public static List<Span> Split(string text, List<Span> clauses)
    {
        clauses.Clear();
        return Cut(text, new Span(0, text.Length), ClauseEnds, clauses);
    }

    public static List<Span> Items(string text, Span clause) => Items(text, clause, []);

    /// <summary>The items of a clause into <paramref name="items"/> (cleared first), for callers that reuse one list.</summary>
    public static List<Span> Items(string text, Span clause, List<Span> items)
    {
        items.Clear();
        return Cut(text, clause, ItemSeparators, items);
    }

    static List<Span> Cut(string text, Span within, SearchValues<char> separators, List<Span> spans)
    {
        int start = within.Start, depth = 0;
        for (int i = within.Start; i < within.End; i++)
        {
            char c = text[i];
            if (c == '“') depth++;
            else if (c == '”') depth = Math.Max(0, depth - 1);
            // A quote left open for long is a stray mark, not a quotation: stop protecting what follows.
            else if (depth > 0 && i - start > 60) depth = 0;
            if (depth == 0 && separators.Contains(c))
            {
                if (i > start) spans.Add(new Span(start, i));
                start = i + 1;
            }
        }
        if (within.End > start) spans.Add(new Span(start, within.End));
        return spans;
    }
}
