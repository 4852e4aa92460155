using System.Runtime.CompilerServices;

namespace LuchengReport.Core.Reading;

/// <summary>
/// The text the parser matches against: full-width forms folded to half-width ("（一）" → "(一)", "，" → ",",
/// "：" → ":", "８％" → "8%"), and every kind of whitespace (ASCII, U+3000 indentation, NBSP) removed. Each folded
/// character remembers where it came from, so a match in the folded text maps back to a verbatim span of the
/// original: the served text is never the folded one.
/// </summary>
public sealed class FoldedText
{
    /// <summary>Folded index → original index, with one entry past the end; null when nothing was dropped (identity).</summary>
    readonly int[]? _origin;

    FoldedText(string text, int[]? origin, int originalLength)
    {
        Text = text;
        _origin = origin;
        OriginalLength = originalLength;
    }

    public string Text { get; }
    public int OriginalLength { get; }

    public static FoldedText Fold(string original)
    {
        int kept = KeptLength(original);
        var text = FoldString(original, kept);
        // Most paragraphs hold no whitespace: their folded characters sit where the original ones do.
        if (kept == original.Length) return new FoldedText(text, null, original.Length);

        var origin = new int[kept + 1];
        int n = 0;
        for (int i = 0; i < original.Length; i++)
            if (!IsWhiteSpace(FoldChar(original[i]))) origin[n++] = i;
        origin[n] = original.Length;
        return new FoldedText(text, origin, original.Length);
    }

    /// <summary>
    /// The folded form of a line the parser has read (<see cref="Remember"/>), else <see cref="Fold"/>'s. Every
    /// paragraph is such a line, and each extractor folds every paragraph: this way the report is folded once, not
    /// once per extractor. Keyed by the string object itself and held weakly, so it lives no longer than the text.
    /// </summary>
    internal static FoldedText Of(string original) => Folded.TryGetValue(original, out var folded) ? folded : Fold(original);

    /// <summary>Folds a line and keeps the result for <see cref="Of"/>.</summary>
    internal static FoldedText Remember(string original)
    {
        var folded = Fold(original);
        Folded.AddOrUpdate(original, folded);
        return folded;
    }

    static readonly ConditionalWeakTable<string, FoldedText> Folded = [];

    /// <summary>Folds one character: full-width ASCII (U+FF01–FF5E) to ASCII, ideographic space to a space.</summary>
    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' => ' ',
        _ => c,
    };

    /// <summary>Folds a string without tracking origins (for comparing short strings such as labels).</summary>
    public static string FoldString(string s) => FoldString(s, KeptLength(s));

    /// <summary>How many characters are left once whitespace is dropped.</summary>
    static int KeptLength(string s)
    {
        int kept = 0;
        foreach (char c in s) if (!IsWhiteSpace(FoldChar(c))) kept++;
        return kept;
    }

    static string FoldString(string s, int kept) =>
        string.Create(kept, s, static (chars, original) =>
        {
            int n = 0;
            foreach (char o in original)
            {
                char c = FoldChar(o);
                if (!IsWhiteSpace(c)) chars[n++] = c;
            }
        });

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, answered without the Unicode tables for the characters a report is made
    /// of: beyond Latin-1, white space lies in U+1680–U+3000, below the ideographs and the full-width forms.
    /// </summary>
    internal static bool IsWhiteSpace(char c) => (c < '\u0100' || c is >= '\u1680' and <= '\u3000') && char.IsWhiteSpace(c);

    /// <summary>Start of the folded character at <paramref name="foldedIndex"/> in the original text.</summary>
    public int OriginalStart(int foldedIndex) => _origin is null ? InRange(foldedIndex, Text.Length) : _origin[foldedIndex];

    /// <summary>End (exclusive) in the original text of a folded span ending (exclusive) at <paramref name="foldedEnd"/>.</summary>
    public int OriginalEnd(int foldedEnd) =>
        foldedEnd == 0 ? 0 : _origin is null ? InRange(foldedEnd - 1, Text.Length) + 1 : _origin[foldedEnd - 1] + 1;

    /// <summary>The identity mapping fails on the indices the origin table would fail on.</summary>
    static int InRange(int index, int max) => (uint)index <= (uint)max ? index : throw new IndexOutOfRangeException();
}
