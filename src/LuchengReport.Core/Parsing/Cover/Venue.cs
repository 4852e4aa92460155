using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// Where the report was delivered: "在温州市鹿城区第九届人民代表大会第五次会议上", "在第十二届全国人民代表大会第五次会议上",
/// "在中华人民共和国第一届全国人民代表大会第一次会议上", "在县十八届人大二次会议上".
/// </summary>
/// <param name="Place">The government's area as the venue names it (温州市鹿城区); null for the national congress, whose
/// government (the State Council) has no place, and where the venue names no area ("在县…").</param>
/// <param name="Session">The 届…次会议 phrase as written, with 全国 when it is there.</param>
sealed partial record Venue(int Index, int Length, string? Place, string Session)
{
    public int End => Index + Length;

    public static Venue? Find(string key)
    {
        var m = Pattern().Match(key);
        if (!m.Success) return null;
        bool national = m.Groups["national"].Success;
        var place = m.Groups["place"].Value;
        return new Venue(m.Index, m.Length, national || !Places.IsNamedArea(place) ? null : place, m.Groups["session"].Value);
    }

    const string Numeral = @"[一二三四五六七八九十百零〇\d]+";

    /// <summary>
    /// 在, the place (Han characters only, so a sentence with commas never passes for one), then the session: 第…届,
    /// (全国)人民代表大会 or 人大, 第…次(全体)会议; then the sitting, which is not part of the session ("第二次全体会议",
    /// "开幕会"), and the 上 that closes "在…会议上".
    /// </summary>
    [GeneratedRegex(@"在(?<place>\p{IsCJKUnifiedIdeographs}{0,24}?)(?<session>第?" + Numeral + @"届(?<national>全国)?(?:人民代表大会|人大)第?" + Numeral + @"次(?:全体)?会议)(?:第?" + Numeral + @"次全体会议|全体会议|开幕会|开幕大会)?上?")]
    private static partial Regex Pattern();
}
