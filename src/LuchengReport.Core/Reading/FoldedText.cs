using System.Buffers;

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
        var text = FoldString(original);
        // Most lines hold no whitespace: their folded characters sit where the original ones do.
        if (text.Length == original.Length) return new FoldedText(text, null, original.Length);

        var origin = new int[text.Length + 1];
        int n = 0;
        for (int i = 0; i < original.Length; i++)
            if (!IsWhiteSpace(FoldChar(original[i]))) origin[n++] = i;
        origin[n] = original.Length;
        return new FoldedText(text, origin, original.Length);
    }

    /// <summary>Folds one character: full-width ASCII (U+FF01–FF5E) to ASCII, ideographic space to a space.</summary>
    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' => ' ',
        _ => c,
    };

    /// <summary>Folds a string without tracking origins (for comparing short strings such as labels).</summary>
    public static string FoldString(string s)
    {
        char[]? rented = null;
        Span<char> buffer = s.Length <= 512 ? stackalloc char[s.Length] : rented = ArrayPool<char>.Shared.Rent(s.Length);
        int n = 0;
        foreach (char original in s)
        {
            char c = FoldChar(original);
            if (!IsWhiteSpace(c)) buffer[n++] = c;
        }
        var folded = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return folded;
    }

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
