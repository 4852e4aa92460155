using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing;

/// <summary>
/// An ordered alternation of literal words, read from a word list written for a regex ("的|了|和(?!平)|…"), indexed by
/// first character so that trying it at a position costs a lookup and a few comparisons rather than one comparison per
/// word. It understands only what the word lists use: a word, optionally guarded by single characters that must not
/// follow it ("和(?!平)", "街(?!道|镇)", "城(?![市区乡镇村])") or precede it ("(?&lt;!创)新区"), or ending in an optional
/// character ("现代化?"); anything else is refused.
/// </summary>
internal sealed partial class WordTable
{
    sealed record Word(string Text, string NotAfter, string NotBefore);

    readonly Dictionary<char, Word[]> _byFirst;

    WordTable(IEnumerable<Word> words)
    {
        // GroupBy keeps the list order within each group: the first word listed still wins, as in the regex.
        _byFirst = words.GroupBy(w => w.Text[0]).ToDictionary(g => g.Key, g => g.ToArray());
        Starts = string.Concat(_byFirst.Keys);
        FirstChars = new CharSet(Starts);
    }

    /// <summary>The characters a word can start with.</summary>
    public string Starts { get; }

    /// <inheritdoc cref="Starts"/>
    public CharSet FirstChars { get; }

    public static WordTable Parse(string alternation) => new(SplitTopLevel(alternation).SelectMany(ParseWord));

    /// <summary>The text with every match removed, left to right, as <c>Regex.Replace(text, "")</c> would leave it.</summary>
    public string RemoveAll(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        for (int at = 0; at < text.Length;)
        {
            int length = FirstChars.Contains(text[at]) ? MatchAt(text, at, 0, text.Length) : 0;
            if (length > 0) at += length;
            else kept.Append(text[at++]);
        }
        return kept.Length == text.Length ? text : kept.ToString();
    }

    /// <summary>
    /// The length of the first word, in list order, that occurs at <paramref name="at"/> with its guards holding
    /// (and not followed by a character of <paramref name="notAfter"/>), or 0. Only <paramref name="text"/>[lo..hi)
    /// is seen, as a regex sees its input.
    /// </summary>
    public int MatchAt(string text, int at, int lo, int hi, string notAfter = "") => WordAt(text, at, lo, hi, notAfter)?.Length ?? 0;

    /// <summary>The word <see cref="MatchAt"/> finds, or null.</summary>
    public string? WordAt(string text, int at, int lo, int hi, string notAfter = "")
    {
        if (at >= hi || !FirstChars.Contains(text[at]) || !_byFirst.TryGetValue(text[at], out var words)) return null;
        foreach (var w in words)
        {
            int end = at + w.Text.Length;
            if (end > hi || !text.AsSpan(at, w.Text.Length).SequenceEqual(w.Text)) continue;
            if (end < hi && (w.NotAfter.Contains(text[end]) || notAfter.Contains(text[end]))) continue;
            if (at > lo && w.NotBefore.Contains(text[at - 1])) continue;
            return w.Text;
        }
        return null;
    }

    /// <summary>
    /// The next match in text[from..hi), as a regex's successive matches over text[lo..hi) find them when each search
    /// resumes after the previous match: its index and word, or -1. <paramref name="lo"/> and <paramref name="hi"/>
    /// bound what the guards see.
    /// </summary>
    public int Next(string text, int from, int lo, int hi, out string word)
    {
        for (int at = from; at < hi; at++)
            if (WordAt(text, at, lo, hi) is { } found)
            {
                word = found;
                return at;
            }
        word = "";
        return -1;
    }

    /// <summary>One item; "现代化?" (a greedy optional last character) is the word with it, then the word without.</summary>
    static IEnumerable<Word> ParseWord(string item)
    {
        var m = Item().Match(item);
        if (!m.Success) throw new FormatException($"a word list item must be a word with optional one-character guards: \"{item}\"");
        string word = m.Groups["word"].Value, before = Characters(m.Groups["before"]);
        string after = m.Groups["afterClass"].Success ? m.Groups["afterClass"].Value : Characters(m.Groups["after"]);
        if (!m.Groups["optional"].Success) return [new Word(word, after, before)];
        if (after.Length > 0 || before.Length > 0 || word.Length < 2) throw new FormatException($"an optional last character takes no guards: \"{item}\"");
        return [new Word(word, "", ""), new Word(word[..^1], "", "")];
    }

    /// <summary>"道|镇" → the characters; a guard on a longer string ("(?!道路)") is refused.</summary>
    static string Characters(Group guard)
    {
        if (!guard.Success) return "";
        var parts = guard.Value.Split('|');
        if (parts.Any(p => p.Length != 1)) throw new FormatException($"a guard may only list single characters: \"{guard.Value}\"");
        return string.Concat(parts);
    }

    /// <summary>Splits on the '|' that are not inside a group.</summary>
    static IEnumerable<string> SplitTopLevel(string alternation)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < alternation.Length; i++)
        {
            if (alternation[i] is '(' or '[') depth++;
            else if (alternation[i] is ')' or ']') depth--;
            else if (alternation[i] == '|' && depth == 0)
            {
                yield return alternation[start..i];
                start = i + 1;
            }
        }
        yield return alternation[start..];
    }

    /// <summary>"(?&lt;!创)新区", "街(?!道|镇)", "城(?![市区乡镇村])" (a class of plain characters), "现代化?", "的".</summary>
    [GeneratedRegex(@"^(?:\(\?<!(?<before>[^()\[\]\\]+)\))?(?<word>[^()\[\]|?*+{}\\.^$]+)(?<optional>\?)?(?:\(\?!(?:\[(?<afterClass>[^\]\\\-^]+)\]|(?<after>[^()\[\]\\]+))\))?$")]
    private static partial Regex Item();
}
