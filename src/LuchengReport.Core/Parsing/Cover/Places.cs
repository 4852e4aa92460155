using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// The units of a place name, to tell the government's level: 浙江省 (a province), 北京市 (a municipality),
/// 温州市鹿城区 (a district of a city), 青田县 (a county).
/// </summary>
static partial class Places
{
    /// <summary>
    /// The county-level unit of a place, or the place itself when it is a prefecture-level or county-level unit:
    /// 温州市鹿城区 → 鹿城区, 北京市海淀区 → 海淀区, 延边朝鲜族自治州延吉市 → 延吉市, 温州市 → 温州市, 青田县 → 青田县;
    /// null for a province-level place (浙江省, 宁夏回族自治区, 北京市), which has no district.
    /// </summary>
    public static string? District(string? place)
    {
        if (place is null || IsProvinceLevel(place)) return null;
        var local = ProvincePrefix().Replace(place, "");
        var split = PrefectureThenCounty().Match(local);
        return split.Success ? split.Groups["county"].Value : local;
    }

    /// <summary>A name of an area, not a bare level word ("县", "自治区") nor the republic's name.</summary>
    public static bool IsNamedArea(string place) => place.Length >= 2 && !NotANamedArea.Contains(place);

    static bool IsProvinceLevel(string place) => ProvinceLevelEnd().IsMatch(place) || Municipalities.Contains(place);

    /// <summary>What a venue or an office may put where a place's name stands without naming one.</summary>
    static readonly HashSet<string> NotANamedArea =
    [
        "全省", "全市", "全县", "全区", // "the whole …": the level, not the name
        "本省", "本市", "本县", "本区", // "this …": the level, not the name
        "自治区", "自治州", "自治县", "自治旗", // "自治区人民政府主席": the level, not the name
    ];

    /// <summary>The municipalities directly under the central government: province-level though they end in 市.</summary>
    static readonly HashSet<string> Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    /// <summary>A province-level name: 浙江省, 宁夏回族自治区, 香港特别行政区.</summary>
    [GeneratedRegex(@"(?:省|自治区|特别行政区)$")]
    private static partial Regex ProvinceLevelEnd();

    /// <summary>The province-level unit that opens a longer place: "浙江省温州市鹿城区", "北京市海淀区".</summary>
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}+?(?:省|自治区)|北京市|天津市|上海市|重庆市)(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex ProvincePrefix();

    /// <summary>
    /// A prefecture-level unit, then the county-level one: "温州市鹿城区", "济南市市中区" (the first 市 ends the city),
    /// "延边朝鲜族自治州延吉市", "和田地区和田县", "锡林郭勒盟锡林浩特市".
    /// </summary>
    [GeneratedRegex(@"^(?<prefecture>\p{IsCJKUnifiedIdeographs}+?(?:自治州|地区|盟|市))(?<county>\p{IsCJKUnifiedIdeographs}{2,})$")]
    private static partial Regex PrefectureThenCounty();
}
