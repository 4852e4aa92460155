using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// The cover's delivery line: the date, the venue and, on the same line, perhaps the speaker, in either order
/// ("2025年1月20日在安徽省第十四届人民代表大会第三次会议上安徽省人民政府省长 王清宪作政府工作报告",
/// "——2025年1月14日海南省省长 刘小明在海南省…会议上的讲话"); a dash may lead it ("——", "－－", "----"), and it may run
/// over up to three lines ("2021年2月23日在温州市鹿城区 / 第九届人民代表大会第五次会议上"). Nothing else may stand on it:
/// a sentence of the body that names a session is not one.
/// </summary>
/// <param name="First">Index of its first line.</param>
/// <param name="Last">Index of its last line.</param>
sealed partial record DeliveryLine(int First, int Last, string? Date, Venue Venue, SpeakerClause? Speaker)
{
    const int MaxLines = 3;

    /// <summary>The first delivery line among <paramref name="lines"/>[0..<paramref name="limit"/>), or null.</summary>
    public static DeliveryLine? Find(IReadOnlyList<SourceLine> lines, int limit)
    {
        for (int i = 0; i < limit; i++)
        {
            if (CoverBlock.IsNotCover(lines[i])) continue;
            var key = Unwrapped(lines[i].Key);
            var date = CoverDate.AtStart(key);
            var rest = date is { } d ? key[d.Length..] : key;
            var joined = rest;
            for (int last = i; ;)
            {
                if (Venue.Find(joined) is { } venue)
                {
                    // The venue must begin on this line (or follow a line holding the date alone).
                    if (venue.Index < rest.Length || rest.Length == 0)
                        if (Read(i, last, date?.Iso, joined, venue) is { } found) return found;
                    break;
                }
                if (++last >= Math.Min(limit, i + MaxLines) || CoverBlock.IsNotCover(lines[last])) break;
                joined += Unwrapped(lines[last].Key);
            }
        }
        return null;
    }

    /// <summary>The line, when what stands before and after the venue is a speaker, a date, or nothing.</summary>
    static DeliveryLine? Read(int first, int last, string? date, string joined, Venue venue)
    {
        SpeakerClause? speaker = null;
        foreach (var clause in new[] { joined[..venue.Index], joined[venue.End..] })
        {
            if (SpeakerClause.IsEmpty(clause)) continue;
            if (speaker is null && SpeakerClause.Read(clause) is { } s) speaker = s;
            else if (date is null && CoverDate.Alone(clause) is { } d) date = d;
            else return null;
        }
        return new DeliveryLine(first, last, date, venue, speaker);
    }

    /// <summary>
    /// A cover line without its leading dash and without the brackets around it: "——2023年1月10日在…", "（2023年1月10日在…
    /// 会议上）", or over two lines "（2021年2月23日在温州市鹿城区" / "第九届…会议上）". A bracket that closes inside the
    /// line stays: "…会议上（2023年1月10日）", "（摘要）".
    /// </summary>
    public static string Unwrapped(string key)
    {
        key = LeadingDash().Replace(key, "");
        bool opens = key.StartsWith('('), closes = key.EndsWith(')');
        if (opens && (closes || !key.Contains(')'))) key = key[1..];
        if (closes && key.Length > 0 && (opens || !key.Contains('('))) key = key[..^1];
        return key;
    }

    /// <summary>"——", "－－" (folded to "--"), "----", "―", "─", "~" before a cover line.</summary>
    [GeneratedRegex(@"^[-—–―─~]+")]
    private static partial Regex LeadingDash();
}
