namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// The cover of a report, between its title and its body: the delivery line, the speaker's line and a date on a line
/// of its own, in any order, each found near the delivery line; or, on a cover without a delivery line, the speaker's
/// line and a date on a line of its own near it ("县长 张三" / "（2023年12月26日）").
/// </summary>
/// <param name="Top">Index of the cover's first line (the title stands above it).</param>
/// <param name="End">Index of its last line.</param>
sealed record CoverBlock(int Top, int End, string? DeliveredOn, Venue? Venue, SpeakerClause? Speaker)
{
    /// <summary>How far from the delivery line the speaker's line or a date line may stand.</summary>
    const int LinesBefore = 2, LinesAfter = 3;

    /// <summary>How far down a cover without a delivery line may hold the speaker's line.</summary>
    const int SpeakerOnlyLimit = 15;

    /// <summary>Web furniture and a portal's labelled fields: never a title, a date or a speaker.</summary>
    public static bool IsNotCover(SourceLine line) => Furniture.IsFurniture(line) || HeaderLabels.IsLabelLine(line);

    /// <param name="limit">Where the body starts at the latest (the salutation or the first part heading).</param>
    public static CoverBlock? Read(IReadOnlyList<SourceLine> lines, int limit)
    {
        var delivery = DeliveryLine.Find(lines, limit);
        var (first, last, speaker, date) = delivery is not null
            ? (delivery.First, delivery.Last, delivery.Speaker, delivery.Date)
            : SpeakerOnly(lines, limit) is { } only ? (only.Index, only.Index, only.Speaker, null) : (-1, -1, null, null);
        if (first < 0) return null;

        int top = first, end = last;
        foreach (int i in Around(first, last, Math.Min(limit, lines.Count)))
        {
            if (IsNotCover(lines[i])) continue;
            if (speaker is null && SpeakerAlone(lines[i]) is { } s) speaker = s;
            else if (date is null && CoverDate.Alone(lines[i].Key) is { } d) date = d;
            else continue;
            (top, end) = (Math.Min(top, i), Math.Max(end, i));
        }
        return new CoverBlock(top, end, date, delivery?.Venue, speaker);
    }

    /// <summary>On a cover without a delivery line, the speaker's line ("青田县人民政府县长 张三"), if any.</summary>
    static (int Index, SpeakerClause Speaker)? SpeakerOnly(IReadOnlyList<SourceLine> lines, int limit)
    {
        for (int i = 0; i < Math.Min(limit, SpeakerOnlyLimit); i++)
            if (SpeakerAlone(lines[i]) is { } alone) return (i, alone);
        return null;
    }

    /// <summary>The lines just after the anchor (the delivery line, else the speaker's), nearest first, then those just before it.</summary>
    static IEnumerable<int> Around(int first, int last, int limit)
    {
        for (int i = last + 1; i <= last + LinesAfter && i < limit; i++) yield return i;
        for (int i = first - 1; i >= first - LinesBefore && i >= 0; i--) yield return i;
    }

    static SpeakerClause? SpeakerAlone(SourceLine line) => IsNotCover(line) ? null : SpeakerClause.Read(DeliveryLine.Unwrapped(line.Key));
}
