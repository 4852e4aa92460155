using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// Who delivered the report, read from one clause of the cover (folded: no spaces): "国务院总理温家宝",
/// "北京市市长殷勇同志", "浙江省代省长刘捷", "自治区主席艾尔肯·吐尼亚孜", "国务院副总理兼国家计划委员会主任李富春",
/// "龚正市长". Words such as "作政府工作报告" or "的讲话" around it are dropped first.
/// </summary>
/// <param name="Name">The name only, without 同志.</param>
/// <param name="Role">The office as written, without the government's place ("浙江省代省长" → 代省长, "宁夏回族自治区人民政府主席"
/// → 主席) but with 国务院 when the cover writes it (国务院代总理).</param>
/// <param name="Government">What stood before the office ("青田县人民政府", "北京市"), or null.</param>
sealed partial record SpeakerClause(string Name, string Role, string? Government)
{
    public static SpeakerClause? Read(string clause)
    {
        clause = Surroundings().Replace(clause, "");
        if (clause.Length == 0) return null;
        var m = OfficeThenName().Match(clause);
        if (!m.Success) m = NameThenOffice().Match(clause);
        if (!m.Success) return null;
        var government = m.Groups["government"].Value;
        return new SpeakerClause(m.Groups["name"].Value, m.Groups["role"].Value, government.Length > 0 ? government : null);
    }

    /// <summary>True when the clause holds only words around a speaker ("的讲话", "。") or nothing.</summary>
    public static bool IsEmpty(string clause) => Surroundings().Replace(clause, "").Length == 0;

    /// <summary>The government's area named before the office: "青田县人民政府" → 青田县, "浙江省" → 浙江省; null for "自治区人民政府".</summary>
    public string? Place => Government is { } g && GovernmentSuffix().Replace(g, "") is var place && Places.IsNamedArea(place) ? place : null;

    const string Han = @"\p{IsCJKUnifiedIdeographs}";

    /// <summary>
    /// The office: "国务院" when written, a rank, the head office, then any concurrent posts: "代省长", "国务院代总理",
    /// "副总理兼财政部长", "国务委员兼国家计划委员会主任".
    /// </summary>
    const string RolePattern = "(?<role>(?:" + Offices.StateCouncil + ")?(?:" + Offices.Ranks + ")?(?:" + Offices.Heads + ")"
        + "(?:兼" + Han + "{2,16}?(?:" + Offices.ConcurrentPostEnds + "))*)";

    /// <summary>A name: two to five characters ("赵龙", "嘎玛泽登"), or parts joined by a middle dot ("艾尔肯·吐尼亚孜").</summary>
    const string NamePattern = "(?<name>" + Han + "{1,8}(?:[·•・‧.]" + Han + "{1,10})+|" + Han + "{2,5}?)";

    /// <summary>"青田县人民政府县长张三", "国务院总理周恩来", "省长李炳军", "北京市市长殷勇同志", "县长:张三".</summary>
    [GeneratedRegex("^(?<government>" + Han + "{0,24}?)" + RolePattern + ":?" + NamePattern + "(?:同志)?$")]
    private static partial Regex OfficeThenName();

    /// <summary>"龚正市长" (before "在上海市…会议上").</summary>
    [GeneratedRegex("^" + NamePattern + "(?:同志)?" + RolePattern + "$")]
    private static partial Regex NameThenOffice();

    /// <summary>
    /// What a cover writes around the speaker: a leading dash or 由, and after the name "作政府工作报告。", "所作的报告",
    /// "的讲话" (the venue before it already taken away), a note on the text ("（摘要）", "（书面）").
    /// </summary>
    [GeneratedRegex(@"^[-—–―─~]+|^由|(?:所?作了?的?(?:政府)?(?:工作)?报告|的?(?:政府)?(?:工作)?(?:报告|讲话))?(?:\((?:摘要|书面|节选|草案|全文)\))?[。.!]?$")]
    private static partial Regex Surroundings();

    /// <summary>"青田县人民政府" → 青田县, "白云地区行政公署" → 白云地区: the government's name around its area.</summary>
    [GeneratedRegex("(?:人民政府|行政公署|政府)$")]
    private static partial Regex GovernmentSuffix();
}
