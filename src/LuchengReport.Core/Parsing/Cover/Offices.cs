namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// The offices whose holders deliver a government work report, as a cover writes them. Vocabulary only: the
/// <see cref="SpeakerClause"/> patterns compose these lists into one role: an optional "国务院", an optional rank
/// (代 …), the head office, then any concurrent posts ("兼国家计划委员会主任").
/// </summary>
static class Offices
{
    /// <summary>The head of a government (or, for the State Council, the member who reports for it).</summary>
    public const string Heads =
        "总理"          // 国务院总理: the State Council
        + "|国务委员"   // 国务委员兼国家计划委员会主任: a State Councillor reporting on the plan
        + "|省长"       // a province
        + "|主席"       // an autonomous region (自治区人民政府主席)
        + "|市长"       // a municipality, a prefecture-level or a county-level city
        + "|州长"       // an autonomous prefecture (自治州)
        + "|盟长"       // a league (盟) of Inner Mongolia
        + "|专员"       // a prefecture (地区行政公署专员)
        + "|区长"       // a city district
        + "|县长"       // a county, an autonomous county
        + "|旗长"       // a banner (旗) of Inner Mongolia
        + "|镇长"       // a town
        + "|乡长";      // a township

    /// <summary>What may stand before the head office: an acting or a deputy holder.</summary>
    public const string Ranks =
        "代理"          // 代理主席: acting (written in full)
        + "|代"         // 代省长, 国务院代总理: acting
        + "|常务副"     // 常务副市长: the executive deputy
        + "|副";        // 国务院副总理: a deputy

    /// <summary>The last word of a concurrent post after 兼: "兼财政部长", "兼国家经济委员会主任".</summary>
    public const string ConcurrentPostEnds =
        "主任"          // 兼国家计划委员会主任: head of a commission or office
        + "|部长"       // 兼财政部长, 兼外交部部长: a minister
        + "|主席"       // 兼…委员会主席
        + "|行长"       // 兼中国人民银行行长
        + "|署长"       // 兼…署长
        + "|局长";      // 兼…局长

    /// <summary>The State Council: its name stays part of the office ("国务院总理"), unlike a place's name.</summary>
    public const string StateCouncil = "国务院";
}
