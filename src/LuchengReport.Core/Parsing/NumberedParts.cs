namespace LuchengReport.Core.Parsing;

/// <summary>
/// The part headings "一、…" of a body (or its numerals alone, "二", when there are at least two), with the lines that
/// look like them but are not:
/// <list type="bullet">
/// <item>a table of contents: a heading followed by another heading and repeated later is listed, not opened there;</item>
/// <item>a point of a list: a title ending in a clause mark ("一、保持收支平衡,增加财政后备;"), a first point after a
///   lead sentence ("…要做到:"), or a numbering that restarts inside a part (三、… then 一、二、);</item>
/// </list>
/// A gap in the numbering (一、二、四、, a heading lost in conversion) still opens a part.
/// </summary>
public static class NumberedParts
{
    /// <param name="Title">As published; <paramref name="Key"/> is its folded form.</param>
    public readonly record struct Found(int Index, string Number, long Value, string Title, string Key, int Lines);

    /// <param name="end">The first line after the report proper (an appendix heading), or the body's length.</param>
    public static List<Found> Find(IReadOnlyList<SourceLine> body, int end)
    {
        var candidates = Candidates(body, end);
        var parts = new List<Found>();
        long last = 0, listNext = 0;
        bool listAnnounced = false; // a list after a lead sentence keeps its numbers even where a part's would fit
        foreach (var c in candidates)
        {
            if (IsListPoint(c.Key)) continue;
            if (last > 0 && IsListLead(body[c.Index - 1].Key))
            {
                (listNext, listAnnounced) = (c.Value + 1, true);
                continue;
            }
            bool continuesList = listNext > 0 && c.Value == listNext;
            if (c.Value == last + 1 && !(continuesList && listAnnounced) || c.Value > last && !continuesList)
            {
                parts.Add(c);
                (last, listNext, listAnnounced) = (c.Value, 0, false);
            }
            else if (continuesList) listNext++;
            else (listNext, listAnnounced) = (c.Value + 1, false);
        }
        return parts;
    }

    /// <summary>"一、保持收支平衡,增加财政后备;": a point of a list, not a title, ends in a clause mark or holds one.</summary>
    static bool IsListPoint(string title) => title.Length > 0 && (title[^1] is ',' or ';' or ':' or '、' || title.Contains(';'));

    /// <summary>
    /// "今年的主要措施是:" announces a list. Only inside a part: before the first one, "现将…报告如下:" announces
    /// the parts themselves.
    /// </summary>
    static bool IsListLead(string key) => key.EndsWith(':') && !Headings.Salutation().IsMatch(key);

    /// <summary>Every "一、…" line (and bare numeral line, when there are two) that is not a table-of-contents entry.</summary>
    static List<Found> Candidates(IReadOnlyList<SourceLine> body, int end)
    {
        var numbered = new List<Found>();
        var bare = new List<Found>();
        for (int i = 0; i < end; i++)
        {
            var key = body[i].Key;
            if (Headings.Part().Match(key) is { Success: true } m)
            {
                var (title, folded) = (StructureParser.Verbatim(body[i], m.Groups["title"]), m.Groups["title"].Value);
                bool wrapped = i + 1 < end && TitleLines.ContinuesOnNextLine(folded, body, i + 1);
                if (wrapped) (title, folded) = (title + body[i + 1].Text, folded + body[i + 1].Key);
                numbered.Add(new Found(i, m.Groups["number"].Value, Value(m.Groups["number"].Value), title, folded, wrapped ? 2 : 1));
            }
            else if (Headings.BarePartNumber().Match(key) is { Success: true } b)
                bare.Add(new Found(i, b.Value, Value(b.Value), "", "", 1));
        }
        if (bare.Count >= 2) numbered.AddRange(bare);
        numbered.Sort((a, b) => a.Index.CompareTo(b.Index));
        var lastWithTitle = new Dictionary<(long, string), int>();
        foreach (var c in numbered) lastWithTitle[(c.Value, c.Key)] = c.Index;
        return numbered.Where(c => !IsContentsEntry(c, lastWithTitle[(c.Value, c.Key)], body)).ToList();
    }

    /// <summary>
    /// A heading listed in a table of contents: followed at once by another heading (or the opening address), with
    /// no paragraph of its own, and repeated later with the same number and title, where the part opens.
    /// </summary>
    static bool IsContentsEntry(Found heading, int lastWithItsTitle, IReadOnlyList<SourceLine> body)
    {
        int next = heading.Index + heading.Lines;
        if (heading.Key.Length == 0 || next >= body.Count) return false;
        var key = body[next].Key;
        bool listedNext = Headings.Part().IsMatch(key) || Headings.ItemHeadingLine().IsMatch(key)
            || TitleLines.IsUnnumberedTitle(key) || Headings.Salutation().IsMatch(key);
        return listedNext && lastWithItsTitle > heading.Index;
    }

    static long Value(string numeral) => ChineseNumerals.TryParse(numeral, out long v) ? v : 0;
}
