namespace LuchengReport.Core.Parsing;

/// <summary>
/// Part headings whose numerals were lost (a .docx whose automatic numbering did not survive the copy) or never
/// written ("过去一年的回顾", "关于外事工作"), found by their shape: a short title line of its own
/// (<see cref="TitleLines.IsUnnumberedTitle"/>) that follows a finished sentence and is followed by a paragraph.
/// Not one:
/// <list type="bullet">
/// <item>a short line between item (二) and item (三): a subheading or slogan inside an item;</item>
/// <item>cover lines and list points, which do not follow a finished sentence;</item>
/// <item>two title lines in a row (a table of contents, a heading and its subtitle), unless one continues the other.</item>
/// </list>
/// As a set they must sit where a report's parts do: at least two, the first within the first quarter of the body
/// (the review follows the opening address), and few (<see cref="MostParts"/>): more are subheadings, not parts.
/// </summary>
public static class ShapeParts
{
    /// <summary>Reports have two to ten parts; a few more are allowed.</summary>
    const int MostParts = 12;

    public readonly record struct Found(int Index, string Title, int Lines);

    /// <summary>Every line that has a part heading's shape, before <paramref name="end"/>.</summary>
    public static List<Found> Candidates(IReadOnlyList<SourceLine> body, int end)
    {
        var found = new List<Found>();
        var items = new ItemNumbers(body);
        for (int i = 1; i < end; i++)
        {
            var key = body[i].Key;
            if (!TitleLines.IsUnnumberedTitle(key)) continue;
            var previous = body[i - 1].Key;
            if (!TitleLines.EndsSentence(previous) && !Headings.Salutation().IsMatch(previous)) continue;
            int lines = TitleLines.ContinuesOnNextLine(key, body, i + 1) ? 2 : 1;
            if (!OpensParagraphs(body, i + lines, end) || items.Surround(i)) continue;
            found.Add(new Found(i, lines == 1 ? body[i].Text : body[i].Text + body[i + 1].Text, lines));
        }
        return found;
    }

    /// <summary>Whether <paramref name="found"/> sit where a report's parts do (see the class summary).</summary>
    public static bool AreParts(List<Found> found, int bodyLines) =>
        found.Count is >= 2 and <= MostParts && found[0].Index * 4 < bodyLines;

    static bool OpensParagraphs(IReadOnlyList<SourceLine> body, int next, int end) =>
        next < end && !TitleLines.IsUnnumberedTitle(body[next].Key) && !Headings.Part().IsMatch(body[next].Key);

    /// <summary>The number of the last item "(n)…" before each line and of the first one after it, read once.</summary>
    sealed class ItemNumbers
    {
        readonly long[] _before, _after;

        public ItemNumbers(IReadOnlyList<SourceLine> body)
        {
            var numbers = body.Select(Number).ToArray();
            (_before, _after) = (new long[body.Count], new long[body.Count]);
            for (int i = 1; i < body.Count; i++) _before[i] = numbers[i - 1] > 0 ? numbers[i - 1] : _before[i - 1];
            for (int i = body.Count - 2; i >= 0; i--) _after[i] = numbers[i + 1] > 0 ? numbers[i + 1] : _after[i + 1];
        }

        /// <summary>An item (n) before the line and item (n+1) after it: the line is inside item (n).</summary>
        public bool Surround(int at) => _before[at] > 0 && _after[at] == _before[at] + 1;

        static long Number(SourceLine line) =>
            Headings.Item().Match(line.Key) is { Success: true } m && ChineseNumerals.TryParse(m.Groups["number"].Value, out long n) ? n : 0;
    }
}
