using System.Text.RegularExpressions;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Parsing;

/// <summary>
/// Reads the page header (索引号 … 公开方式 …) and the cover (title, "2021年2月23日在温州市鹿城区 / 第九届人民代表大会
/// 第五次会议上", "鹿城区人民政府区长白洪楞") that stand before the body.
/// </summary>
public static partial class MetadataParser
{
    /// <summary>The metadata, and the index of the first body line (after the speaker's line, or -1 when there is none).</summary>
    public static (ReportMetadata Metadata, int BodyStart) Parse(IReadOnlyList<SourceLine> lines)
    {
        int speakerIndex = FindIndex(lines, l => Speaker().IsMatch(l.Key), limit: 40);
        int dateIndex = FindIndex(lines, l => DeliveryDate().IsMatch(l.Key), limit: speakerIndex < 0 ? 40 : speakerIndex);
        int coverEnd = speakerIndex >= 0 ? speakerIndex : dateIndex >= 0 ? dateIndex : FirstBodyLike(lines);

        var labels = ReadLabels(lines, coverEnd < 0 ? 0 : coverEnd);
        var delivery = dateIndex >= 0 ? ReadDelivery(lines, dateIndex, speakerIndex) : default;
        var speaker = speakerIndex >= 0 ? Speaker().Match(lines[speakerIndex].Key) : null;

        var metadata = new ReportMetadata(
            Title: dateIndex > 0 ? TitleBefore(lines, dateIndex) : null,
            IndexNumber: labels.GetValueOrDefault("索引号"),
            Category: labels.GetValueOrDefault("组配分类"),
            Publisher: labels.GetValueOrDefault("发布机构"),
            PublishedOn: IsoDate(labels.GetValueOrDefault("生成日期")),
            Disclosure: labels.GetValueOrDefault("公开方式"),
            DeliveredOn: delivery.Date,
            Place: delivery.Place,
            District: delivery.Place is { } place ? District().Match(place) is { Success: true } d ? d.Value : place : null,
            Session: delivery.Session,
            Speaker: speaker?.Groups["name"].Value,
            SpeakerRole: speaker?.Groups["role"].Value,
            Year: delivery.Date is { } date ? int.Parse(date[..4]) : null);
        return (metadata, speakerIndex >= 0 ? speakerIndex + 1 : -1);
    }

    static int FindIndex(IReadOnlyList<SourceLine> lines, Func<SourceLine, bool> match, int limit)
    {
        for (int i = 0; i < Math.Min(limit, lines.Count); i++) if (match(lines[i])) return i;
        return -1;
    }

    static int FirstBodyLike(IReadOnlyList<SourceLine> lines) =>
        FindIndex(lines, l => Headings.Salutation().IsMatch(l.Key) || Headings.Part().IsMatch(l.Key), limit: lines.Count);

    /// <summary>"索引号 001008003001001/2021-31351", "组配分类 政府工作报告 发布机构 区政府办公室": label, then value up to the next label.</summary>
    static Dictionary<string, string> ReadLabels(IReadOnlyList<SourceLine> lines, int end)
    {
        var values = new Dictionary<string, string>();
        for (int i = 0; i < end; i++)
        {
            var key = lines[i].Key;
            var matches = HeaderLabel().Matches(key);
            for (int m = 0; m < matches.Count; m++)
            {
                int valueStart = matches[m].Index + matches[m].Length;
                int valueEnd = m + 1 < matches.Count ? matches[m + 1].Index : key.Length;
                var value = key[valueStart..valueEnd].Trim();
                if (value.Length > 0) values.TryAdd(matches[m].Groups["label"].Value, value);
            }
        }
        return values;
    }

    /// <summary>The cover's title is the heading line just above the delivery date ("政府工作报告").</summary>
    static string? TitleBefore(IReadOnlyList<SourceLine> lines, int dateIndex)
    {
        for (int i = dateIndex - 1; i >= 0; i--)
            if (!Furniture.IsFurniture(lines[i]) && !HeaderLabel().IsMatch(lines[i].Key)) return lines[i].Text;
        return null;
    }

    static (string? Date, string? Place, string? Session) ReadDelivery(IReadOnlyList<SourceLine> lines, int dateIndex, int speakerIndex)
    {
        int end = speakerIndex > dateIndex ? speakerIndex : Math.Min(dateIndex + 3, lines.Count);
        var joined = string.Concat(lines.Skip(dateIndex).Take(end - dateIndex).Select(l => l.Key));
        var date = DeliveryDate().Match(joined);
        var rest = joined[(date.Index + date.Length)..];
        var venue = Venue().Match(rest);
        return (IsoDate(date.Value), venue.Success ? venue.Groups["place"].Value : null, venue.Success ? venue.Groups["session"].Value : null);
    }

    /// <summary>2021年2月23日, 二〇二一年二月二十三日 or 2021-02-26 → 2021-02-23.</summary>
    static string? IsoDate(string? text)
    {
        if (text is null) return null;
        var m = AnyDate().Match(text);
        if (!m.Success) return null;
        long Number(string s) => long.TryParse(s, out var n) ? n : ChineseNumerals.TryParse(s, out n) ? n : -1;
        long y = Number(m.Groups["y"].Value), mo = Number(m.Groups["m"].Value), d = Number(m.Groups["d"].Value);
        return y is >= 1949 and <= 2999 && mo is >= 1 and <= 12 && d is >= 1 and <= 31 ? $"{y:0000}-{mo:00}-{d:00}" : null;
    }

    [GeneratedRegex(@"(?<label>索引号|组配分类|发布机构|生成日期|公开方式|成文日期|发文字号|文号|主题分类|信息来源):?")]
    private static partial Regex HeaderLabel();

    /// <summary>A delivery date opening a cover line: "2021年2月23日在…".</summary>
    [GeneratedRegex(@"^(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日")]
    private static partial Regex DeliveryDate();

    [GeneratedRegex(@"(?<y>\d{4}|[〇零一二三四五六七八九]{4})(?:年|-|/|\.)(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})(?:月|-|/|\.)(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})")]
    private static partial Regex AnyDate();

    /// <summary>"在温州市鹿城区第九届人民代表大会第五次会议上": the place, then the session.</summary>
    [GeneratedRegex(@"^在(?<place>.+?)(?<session>第[一二三四五六七八九十\d]+届人民代表大会第[一二三四五六七八九十\d]+次(?:全体)?会议)")]
    private static partial Regex Venue();

    /// <summary>The district is the last county-level unit of the place: 温州市鹿城区 → 鹿城区.</summary>
    [GeneratedRegex(@"[^省市州]+[区县旗]$|[^省]+市$")]
    private static partial Regex District();

    /// <summary>"鹿城区人民政府区长白洪楞": the government, the speaker's role, then a 2–4 character name.</summary>
    [GeneratedRegex(@"^(?<org>\S{0,20}?人民政府)(?<role>(?:代理?|副)?(?:区|县|市|省|州|旗)长|主席)(?<name>\S{2,4})$")]
    private static partial Regex Speaker();
}
