using System.Buffers;

namespace LuchengReport.Core.Indicators;

/// <summary>Punctuation the rules lean on, over folded text (so "，" has become ",").</summary>
internal static class TextMarks
{
    /// <summary>Ends a sentence: every fact's subject and its partners live inside one.</summary>
    public const string SentenceEnds = "。｡!?;…";

    /// <summary>Ends a clause: a subject is looked for only after the last of these.</summary>
    public const string ClauseEnds = "。｡!?;…,:";

    /// <summary>Joins the members of a list: 71082元、38787元; 4.4%和7%.</summary>
    public const string ListJoiners = "、和及与或";

    /// <summary>Quote characters dropped from subjects ("小升规"工业企业 → 小升规工业企业).</summary>
    public const string QuoteChars = "“”‘’\"'「」『』《》〈〉";

    /// <summary>A quoted name or slogan longer than this is prose that happens to be quoted, and keeps its numbers.</summary>
    const int MaxNameLength = 24;

    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    public static bool IsClauseEnd(char c) => ClauseEnds.Contains(c);

    /// <summary>
    /// Marks the characters inside short quotes (“惠企35条”, "152", 《…》): numbers there are names, slogans and codes,
    /// not measurements. Curly quotes nest by pairs; straight double quotes toggle.
    /// </summary>
    public static bool[] QuotedMask(string text)
    {
        var mask = new bool[text.Length];
        var open = new Stack<int>();
        int straightOpen = -1;
        // Only quote marks matter: jump from one to the next.
        for (int i = NextQuoteMark(text, 0); i >= 0; i = NextQuoteMark(text, i + 1))
        {
            char c = text[i];
            if (c is '“' or '‘' or '「' or '『' or '《' or '〈') open.Push(i);
            else if (c is '”' or '’' or '」' or '』' or '》' or '〉' && open.Count > 0) Mark(mask, open.Pop(), i);
            else if (c == '"')
            {
                if (straightOpen < 0) straightOpen = i;
                else { Mark(mask, straightOpen, i); straightOpen = -1; }
            }
        }
        return mask;
    }

    static readonly SearchValues<char> QuoteMarks = SearchValues.Create("“‘「『《〈”’」』》〉\"");

    static int NextQuoteMark(string text, int from)
    {
        int i = text.AsSpan(from).IndexOfAny(QuoteMarks);
        return i < 0 ? -1 : from + i;
    }

    static void Mark(bool[] mask, int open, int close)
    {
        if (close - open - 1 > MaxNameLength) return;
        for (int k = open + 1; k < close; k++) mask[k] = true;
    }

    /// <summary>
    /// How far back a subject is looked for. Real clauses are far shorter; the bound keeps the cost linear on text
    /// without punctuation.
    /// </summary>
    public const int SubjectWindow = 100;

    /// <summary>Start of the clause holding <paramref name="pos"/>: just after the last clause end in [from, pos), at most a window back.</summary>
    public static int ClauseStart(string text, int from, int pos)
    {
        int limit = Math.Max(from, pos - SubjectWindow);
        for (int i = pos - 1; i >= limit; i--)
            if (IsClauseEnd(text[i])) return i + 1;
        return limit;
    }

    /// <summary>The sentences of a paragraph as [start, end) ranges, each end just after its closing mark.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        int start = 0;
        for (int i = NextSentenceEnd(text, 0); i >= 0; i = NextSentenceEnd(text, i + 1))
        {
            yield return (start, i + 1);
            start = i + 1;
        }
        if (start < text.Length) yield return (start, text.Length);
    }

    static readonly SearchValues<char> SentenceEndMarks = SearchValues.Create(SentenceEnds);

    static int NextSentenceEnd(string text, int from)
    {
        int i = text.AsSpan(from).IndexOfAny(SentenceEndMarks);
        return i < 0 ? -1 : from + i;
    }

    /// <summary>
    /// Removes quote marks and the list joiners, commas or dashes a subject may start or end with (a list item opens
    /// with ——: "——农业总产值增长3%").
    /// </summary>
    public static string CleanSubject(string s)
    {
        // Most subjects hold no quote: then only the trim is left to do.
        if (s.AsSpan().IndexOfAny(QuoteCharSet) < 0) return s.Trim(SubjectEdges);
        Span<char> kept = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        foreach (char c in s)
            if (!QuoteCharSet.Contains(c)) kept[n++] = c;
        return new string(kept[..n]).Trim(SubjectEdges);
    }

    static readonly SearchValues<char> QuoteCharSet = SearchValues.Create(QuoteChars);

    /// <remarks>
    /// A field, not a list of arguments: Trim(',', '、', ':', ' ') builds its four characters afresh on every call,
    /// which showed up as one of the extractor's largest costs.
    /// </remarks>
    static readonly char[] SubjectEdges = [',', '、', ':', ' ', '—'];
}
