namespace LuchengReport.Core.Reading;

/// <summary>
/// The text the parser matches against: full-width forms folded to half-width ("（一）" → "(一)", "，" → ",",
/// "：" → ":", "８％" → "8%"), and every kind of whitespace (ASCII, U+3000 indentation, NBSP) removed. Each folded
/// character remembers where it came from, so a match in the folded text maps back to a verbatim span of the
/// original: the served text is never the folded one.
/// </summary>
public sealed class FoldedText
{
    readonly int[] _origin;

    FoldedText(string text, int[] origin, int originalLength)
    {
        Text = text;
        _origin = origin;
        OriginalLength = originalLength;
    }

    public string Text { get; }
    public int OriginalLength { get; }

    public static FoldedText Fold(string original)
    {
        var chars = new char[original.Length];
        var origin = new int[original.Length + 1];
        int n = 0;
        for (int i = 0; i < original.Length; i++)
        {
            char c = FoldChar(original[i]);
            if (char.IsWhiteSpace(c)) continue;
            chars[n] = c;
            origin[n++] = i;
        }
        origin[n] = original.Length;
        return new FoldedText(new string(chars, 0, n), origin[..(n + 1)], original.Length);
    }

    /// <summary>Folds one character: full-width ASCII (U+FF01–FF5E) to ASCII, ideographic space to a space.</summary>
    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' => ' ',
        _ => c,
    };

    /// <summary>Folds a string without tracking origins (for comparing short strings such as labels).</summary>
    public static string FoldString(string s) => Fold(s).Text;

    /// <summary>Start of the folded character at <paramref name="foldedIndex"/> in the original text.</summary>
    public int OriginalStart(int foldedIndex) => _origin[foldedIndex];

    /// <summary>End (exclusive) in the original text of a folded span ending (exclusive) at <paramref name="foldedEnd"/>.</summary>
    public int OriginalEnd(int foldedEnd) => foldedEnd == 0 ? 0 : _origin[foldedEnd - 1] + 1;
}
