using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Indicators;

internal static partial class MentionScanner
{
    /// <summary>One match of <see cref="ArabicNumber"/>, with its groups; an absent group is "" (approx and post: null).</summary>
    internal readonly record struct ArabicMatch(int Index, int End, string Num, string? Approx, string Scale, string Unit, string? Post);

    /// <summary>
    /// The matches of <see cref="ArabicNumber"/>, read by hand. A match starts at every digit that does not follow a
    /// digit or a point (the look-behind) and always succeeds, as a number alone is a match; what follows the number
    /// is optional, so each part is taken where it is written, first alternative first, and never given back. Numbers
    /// are met every few characters: the regex and its groups cost more than the rest of the scan.
    /// </summary>
    internal static IEnumerable<ArabicMatch> ArabicNumbers(string text)
    {
        for (int at = Digits.IndexIn(text, 0); at >= 0; at = Digits.IndexIn(text, at))
        {
            if (at > 0 && (Digits.Contains(text[at - 1]) || text[at - 1] == '.')) { at++; continue; }
            int end = NumberEnd(text, at);
            string num = text[at..end];
            var approx = Word(ApproximationWords, text, ref end);
            var scale = Word(ScaleWords, text, ref end) ?? "";
            approx = Word(ApproximationWords, text, ref end) ?? approx;
            var unit = Word(UnitWords, text, ref end) ?? "";
            var post = Word(QualifierWords, text, ref end);
            yield return new ArabicMatch(at, end, num, approx, scale, unit, post);
            at = end;
        }
    }

    /// <summary>
    /// Where "\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?" ends: thousands groups when the number opens with one to three
    /// digits and at least one ",ddd" follows, else the whole digit run; then a decimal part if a digit follows the point.
    /// </summary>
    static int NumberEnd(string text, int at)
    {
        int run = DigitsEnd(text, at), end = run;
        if (run - at <= 3)
            while (end + 3 < text.Length && text[end] == ',' && Digits.Contains(text[end + 1]) && Digits.Contains(text[end + 2]) && Digits.Contains(text[end + 3]))
                end += 4;
        return end + 1 < text.Length && text[end] == '.' && Digits.Contains(text[end + 1]) ? DigitsEnd(text, end + 1) : end;
    }

    static int DigitsEnd(string text, int at)
    {
        while (at < text.Length && Digits.Contains(text[at])) at++;
        return at;
    }

    /// <summary>The word of <paramref name="words"/> written at <paramref name="end"/>, taken (moving the end past it), or null.</summary>
    static string? Word(WordTable words, string text, ref int end)
    {
        var word = words.WordAt(text, end, 0, text.Length);
        if (word is not null) end += word.Length;
        return word;
    }

    /// <summary>Unicode decimal digits, as the regex's \d: a bit per character rather than a category lookup each.</summary>
    static readonly CharSet Digits = new(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit));

    static readonly WordTable ApproximationWords = WordTable.Parse(Approximations), ScaleWords = WordTable.Parse(Scales),
        UnitWords = WordTable.Parse(Units.Alternation), QualifierWords = WordTable.Parse(Qualifiers);
}
