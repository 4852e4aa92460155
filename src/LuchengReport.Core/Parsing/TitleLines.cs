namespace LuchengReport.Core.Parsing;

/// <summary>What a heading line looks like next to a paragraph, on folded text.</summary>
public static class TitleLines
{
    /// <summary>Marks that end a sentence or a clause: a title has none of them ("2025年工作安排", not "今年,我们要…").</summary>
    const string ClauseMarks = "。!?;:,";

    /// <summary>
    /// A short line that reads as a title: 4 to 25 characters, no sentence or clause punctuation ("、" between
    /// listed nouns is fine: "今后五年的目标、方针和任务"), opening with a character, a digit or an opening
    /// quote, and not numbered or addressed as something else (a part "一、…", an item "(一)…", a point "二是…",
    /// a salutation, even one that lost its "!": "各位代表").
    /// </summary>
    public static bool IsUnnumberedTitle(string key) =>
        key.Length is >= 4 and <= 25
        && key.AsSpan().IndexOfAny(ClauseMarks) < 0
        && (char.IsLetterOrDigit(key[0]) || key[0] is '“' or '《' or '"')
        && !Headings.Part().IsMatch(key) && !Headings.EnumerationMarker().IsMatch(key) && !Headings.Salutation().IsMatch(key + "!");

    /// <summary>
    /// A line that ends a sentence ("…。", "…!”", "…?)"): what stands before a heading in the body. A heading right
    /// after a line that does not (the cover's "县长张三丰", a list's lead "…如下:") is not one.
    /// </summary>
    public static bool EndsSentence(string key)
    {
        int end = key.Length;
        while (end > 0 && key[end - 1] is '”' or '’' or ')' or '」' or '』' or '"') end--;
        return end > 0 && key[end - 1] is '。' or '!' or '?' or '…';
    }

    /// <summary>
    /// A title cut in two by a line break: the first line leaves a 《, “ or ( open and the next line, short and with
    /// no sentence end, closes it ("一、关于《国民经济和社会发展第十一个五年" + "规划纲要(草案)》的说明").
    /// </summary>
    public static bool ContinuesOnNextLine(string title, IReadOnlyList<SourceLine> body, int next)
    {
        if (next >= body.Count || !Unbalanced(title)) return false;
        var key = body[next].Key;
        return key.Length <= 40 && !EndsSentence(key) && key.AsSpan().IndexOfAny("。;:") < 0 && !Unbalanced(title + key);
    }

    static bool Unbalanced(string s) =>
        Count(s, '《') != Count(s, '》') || Count(s, '“') != Count(s, '”') || Count(s, '(') != Count(s, ')');

    static int Count(string s, char c) => s.AsSpan().Count(c);
}
