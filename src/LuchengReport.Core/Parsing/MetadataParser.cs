using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing.Cover;

namespace LuchengReport.Core.Parsing;

/// <summary>
/// Reads the page header (索引号 … 公开方式 …) and the cover that stand before the body: the title, the delivery line
/// ("2021年2月23日在温州市鹿城区 / 第九届人民代表大会第五次会议上", "——2010年3月5日在第十一届全国人民代表大会第三次会议上")
/// and the speaker ("鹿城区人民政府区长白洪楞", "国务院总理 温家宝"), in the orders and layouts covers use (see
/// <see cref="CoverBlock"/>).
/// </summary>
public static class MetadataParser
{
    /// <summary>How far down the cover may reach when no salutation or part heading ends it.</summary>
    const int CoverLimit = 40;

    /// <summary>How many lines between the cover and a salutation may still belong to the cover ("（摘要）").</summary>
    const int LinesBeforeSalutation = 3;

    /// <summary>A line this long is a sentence of the body, not a note of the cover.</summary>
    const int MaxCoverNoteLength = 30;

    /// <summary>The body lines read for the year a late report reviews.</summary>
    const int OpeningLines = 20;

    /// <summary>The metadata, and the index of the first body line (after the cover, or -1 when no cover is found).</summary>
    public static (ReportMetadata Metadata, int BodyStart) Parse(IReadOnlyList<SourceLine> lines)
    {
        int bodyAtLatest = FirstBodyLike(lines, CoverLimit);
        var cover = CoverBlock.Read(lines, bodyAtLatest < 0 ? Math.Min(CoverLimit, lines.Count) : bodyAtLatest);
        int top = cover?.Top ?? bodyAtLatest;
        int bodyStart = cover is null ? -1 : BodyStartAfter(lines, cover.End);

        var labels = HeaderLabels.Read(lines, top < 0 ? 0 : top);
        var titleLines = Enumerable.Range(0, Math.Max(top, 0)).Select(i => lines[i]).Where(l => !CoverBlock.IsNotCover(l)).ToList();
        // The venue names the place; a venue that does not ("在县十八届人大…") leaves it to the speaker's government.
        var place = cover?.Venue?.Place ?? cover?.Speaker?.Place;
        var opening = bodyStart < 0 ? [] : lines.Skip(bodyStart).Take(OpeningLines).Select(l => l.Key);

        var metadata = new ReportMetadata(
            Title: cover is not null ? Title(titleLines) : null,
            IndexNumber: labels.GetValueOrDefault("索引号"),
            Category: labels.GetValueOrDefault("组配分类"),
            Publisher: labels.GetValueOrDefault("发布机构"),
            PublishedOn: HeaderLabels.IsoDate(labels.GetValueOrDefault("生成日期")),
            Disclosure: labels.GetValueOrDefault("公开方式"),
            DeliveredOn: cover?.DeliveredOn,
            Place: place,
            District: Places.District(place),
            Session: cover?.Venue?.Session,
            Speaker: cover?.Speaker?.Name,
            SpeakerRole: cover?.Speaker?.Role,
            Year: PlanYear.Of(titleLines.Select(l => l.Key), cover?.DeliveredOn, opening));
        return (metadata, bodyStart);
    }

    /// <summary>
    /// The title line nearest the cover that names a report ("1978年政府工作报告" above the theme line "团结起来，…而奋斗",
    /// "关于一九五八年度国民经济计划草案的报告"), else the line just above the cover.
    /// </summary>
    static string? Title(List<SourceLine> titleLines) =>
        titleLines.LastOrDefault(l => l.Key.Contains("报告"))?.Text ?? titleLines.LastOrDefault()?.Text;

    /// <summary>The line after the cover; or the salutation, when only a few short lines ("（摘要）") stand before it.</summary>
    static int BodyStartAfter(IReadOnlyList<SourceLine> lines, int coverEnd)
    {
        for (int i = coverEnd + 1; i < lines.Count && i <= coverEnd + LinesBeforeSalutation; i++)
        {
            if (Headings.Salutation().IsMatch(lines[i].Key)) return i;
            if (lines[i].Key.Contains('。') || lines[i].Key.Length > MaxCoverNoteLength) break;
        }
        return coverEnd + 1;
    }

    static int FirstBodyLike(IReadOnlyList<SourceLine> lines, int limit)
    {
        for (int i = 0; i < Math.Min(limit, lines.Count); i++)
            if (Headings.Salutation().IsMatch(lines[i].Key) || Headings.Part().IsMatch(lines[i].Key)) return i;
        return -1;
    }
}
