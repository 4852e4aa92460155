using System.Text.RegularExpressions;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Whole-paragraph scans for <see cref="Boundary"/> and <see cref="Head"/>, with the matches their regexes give.
/// Their alternations hold well over a hundred words that a regex tries one after another at every candidate
/// position, and boundaries are met every few characters; here each position costs a lookup by its first character.
/// </summary>
internal static partial class NameShapes
{
    static readonly WordTable GoverningWords = WordTable.Parse(FunctionWords + "|" + GoverningVerbs + "|" + Manner);
    static readonly WordTable WorksNounWords = WordTable.Parse(WorksNouns);
    static readonly WordTable HeadWordTable = WordTable.Parse(HeadWords);
    static readonly CharSet BoundaryStarts = new(GoverningWords.Starts + WorksNounWords.Starts);

    /// <summary>The matches of <see cref="Boundary"/> in <paramref name="text"/>, in order.</summary>
    public static List<Span> Boundaries(string text) => Boundaries(text, []);

    /// <summary>The matches of <see cref="Boundary"/> into <paramref name="found"/> (cleared first), for callers that reuse one list.</summary>
    public static List<Span> Boundaries(string text, List<Span> found)
    {
        found.Clear();
        for (int at = 0; at < text.Length;)
        {
            // Jump to the next character a boundary word can start with.
            at = BoundaryStarts.IndexIn(text, at);
            if (at < 0) break;
            int length = BoundaryAt(text, at, 0, text.Length);
            if (length > 0) { found.Add(new Span(at, at + length)); at += length; }
            else at++;
        }
        return found;
    }

    /// <summary>
    /// The first match of <see cref="Boundary"/> in text[lo..hi), as <c>Boundary().Match(text, lo, hi - lo)</c> finds it:
    /// its lookarounds see only that range.
    /// </summary>
    public static Span? FirstBoundary(string text, int lo, int hi)
    {
        for (int at = lo; at < hi; at++)
            if (BoundaryStarts.Contains(text[at]) && BoundaryAt(text, at, lo, hi) is > 0 and var length) return new Span(at, at + length);
        return null;
    }

    /// <summary>The matches of <see cref="Head"/> in <paramref name="text"/>, in order.</summary>
    public static List<Span> Heads(string text) => Heads(text, []);

    /// <summary>The matches of <see cref="Head"/> into <paramref name="found"/> (cleared first), for callers that reuse one list.</summary>
    public static List<Span> Heads(string text, List<Span> found)
    {
        found.Clear();
        for (var head = NextHead(text, 0); head is { } h; head = NextHead(text, h.End)) found.Add(h);
        return found;
    }

    /// <summary>The last match of <see cref="Head"/> in a name, or null.</summary>
    public static Span? LastHead(string name)
    {
        Span? last = null;
        for (var head = NextHead(name, 0); head is { } h; head = NextHead(name, h.End)) last = h;
        return last;
    }

    /// <summary>The next match of <see cref="Head"/> at or after <paramref name="from"/>, as a scan resuming there finds it.</summary>
    static Span? NextHead(string text, int from)
    {
        for (int at = from; at < text.Length;)
        {
            int trigger = HeadTriggers.IndexIn(text, at);
            if (trigger < 0) break;
            // "二期": the numeral before 期 is where the head starts; it is no trigger itself, so it was not tried yet.
            if (text[trigger] == '期' && trigger > at && HeadAt(text, trigger - 1) is > 0 and var phase)
                return new Span(trigger - 1, trigger - 1 + phase);
            if (HeadAt(text, trigger) is > 0 and var length) return new Span(trigger, trigger + length);
            at = trigger + 1;
        }
        return null;
    }

    static readonly CharSet HeadTriggers = new(HeadWordTable.Starts + "段线期");

    /// <summary>
    /// The length of the <see cref="Head"/> match at <paramref name="at"/>, or 0. A head word comes first in the
    /// alternation, so when one is here it is the match, with what may follow it; only a stretch head (段, 线, 期),
    /// with its lookbehinds, is left to the regex.
    /// </summary>
    static int HeadAt(string text, int at)
    {
        if (HeadWordTable.MatchAt(text, at, 0, text.Length) is > 0 and var word) return word + HeadTailLength(text, at + word);
        bool stretch = text[at] is '段' or '线' || at + 1 < text.Length && text[at + 1] == '期';
        return stretch && HeadHere().Match(text, at) is { Success: true } m ? m.Length : 0;
    }

    /// <summary>What <see cref="Head"/> takes after the head word: "”?(?:\([^()]{1,12}\))?".</summary>
    static int HeadTailLength(string text, int from)
    {
        int end = from;
        if (end < text.Length && text[end] == '”') end++;
        if (end < text.Length && text[end] == '(')
        {
            // [^()]{1,12} then ")": the run of non-parentheses must be 1 to 12 long and closed by ")".
            int run = text.AsSpan(end + 1).IndexOfAny('(', ')');
            if (run is >= 1 and <= 12 && text[end + 1 + run] == ')') end += run + 2;
        }
        return end - from;
    }

    /// <summary>
    /// <see cref="Boundary"/> tried at one position: a governing word not followed by 路街村巷, else a works noun not
    /// after 整岛/片区 and not followed by (加固)工程/项目 or 区路街村.
    /// </summary>
    static int BoundaryAt(string text, int at, int lo, int hi)
    {
        char c = text[at];
        if (GoverningWords.MatchAt(text, at, lo, hi, notAfter: "路街村巷") is > 0 and var word) return word;
        if (!WorksNounWords.FirstChars.Contains(c) || at - 2 >= lo && text.AsSpan(at - 2, 2) is "整岛" or "片区") return 0;
        int works = WorksNounWords.MatchAt(text, at, lo, hi, notAfter: "区路街村");
        if (works == 0) return 0;
        var rest = text.AsSpan(at + works, hi - at - works);
        if (rest.StartsWith("加固")) rest = rest[2..];
        return rest.StartsWith("工程") || rest.StartsWith("项目") ? 0 : works;
    }

    // Necessary conditions for the anchored patterns, checked before the regex is asked: most pieces fail them, and a
    // regex call costs far more than a character test.
    static readonly CharSet TailWordEnds = new(TailWords.Split('|').Select(w => w[^1]));

    /// <summary>Whether <see cref="TailWord"/> could match text ending with <paramref name="last"/>.</summary>
    public static bool MayEndInTailWord(char last) => TailWordEnds.Contains(last);

    /// <summary>Whether <see cref="QuotedCategory"/> could match text[start..end): it ends in a closing quote.</summary>
    public static bool MayEndInQuotedCategory(string text, int start, int end) => end > start && text[end - 1] == '”';

    /// <summary><see cref="Head"/> anchored where the scan stands; lookbehinds still see the text before it.</summary>
    [GeneratedRegex(@"\G" + HeadPattern)]
    private static partial Regex HeadHere();
}
