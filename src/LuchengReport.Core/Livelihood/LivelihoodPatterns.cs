using System.Text.RegularExpressions;

namespace LuchengReport.Core.Livelihood;

/// <summary>The phrases a 政府工作报告 uses about its livelihood projects, matched on folded text (half-width, no spaces).</summary>
internal static partial class LivelihoodPatterns
{
    const string Number = "[〇零一二两三四五六七八九十百\\d]+";

    /// <summary>
    /// The count right before a name, matched on the text before it: "十件", "15件重点", "十大类44项", "12类55件",
    /// "十方面", "十大", "40件群众急难愁盼", "30项省委省政府". A short modifier may stand between the count and the name,
    /// but no numeral, punctuation or 等 ("建成2所学校等民生实事" has no count); "一大批", "一件件" are not counts.
    /// </summary>
    [GeneratedRegex("(?:(?<categories>" + Number + ")大?类)?(?<count>" + Number + ")(?<unit>个方面|方面|大类|类|大|件|项|个)(?!批|件|项|些)"
        + "(?<modifier>[^\\d〇零一二两三四五六七八九十百,;:。!?、等“”()]{0,8})$")]
    public static partial Regex CountBefore();

    /// <summary>The count right after a name: "民生实事28项", "民生实事项目10个".</summary>
    [GeneratedRegex("^(?:项目)?(?<count>" + Number + ")(?<unit>项|件|个)")]
    public static partial Regex CountAfter();

    /// <summary>The candidates of a vote, right after a name: "民生实事候选项目".</summary>
    [GeneratedRegex("^(?:项目)?候选")]
    public static partial Regex CandidatesAfter();

    /// <summary>An explicit year before the name in its clause: "2024年省级民生实事项目" → 2024.</summary>
    [GeneratedRegex("(?<year>(?:19|20)\\d\\d)年")]
    public static partial Regex Year();

    /// <summary>How the congress chooses: "提请本次大会票决" → 票决.</summary>
    [GeneratedRegex("票决|投票表决|表决|投票")]
    public static partial Regex Method();

    /// <summary>The principle: "按照群众提、大家定、政府办的理念" → 群众提、大家定、政府办.</summary>
    [GeneratedRegex("按照(?<principle>[^,。:;!?]{2,30}?)的(?:理念|原则|方式|要求|机制|思路)")]
    public static partial Regex Principle();

    /// <summary>A title about livelihood: "全面促进民生事业新发展".</summary>
    [GeneratedRegex("民生")]
    public static partial Regex LivelihoodTitle();

    /// <summary>An inline list announced right after the name: ",包括:", "包括", ",具体包括:".</summary>
    [GeneratedRegex("^(?:项目)?,?(?:具体)?包括:?")]
    public static partial Regex Including();

    /// <summary>
    /// What may stand between a counted name and the full stop that a list follows: nothing, "项目", a closing quote, a
    /// note in brackets ("…10件惠民实事(见附件)。"). A predicate ("…十方面民生实事圆满完成。") says what happened to
    /// them; it announces no list.
    /// </summary>
    [GeneratedRegex("^(?:项目)?[”’\"]?(?:\\([^()]{0,8}\\))?$")]
    public static partial Regex ListTail();

    /// <summary>A label opening a paragraph that goes on with the item above: "年度目标:", "责任单位:".</summary>
    [GeneratedRegex("^[\\u4e00-\\u9fff]{2,6}:")]
    public static partial Regex Label();

    /// <summary>An item's target for the year: "年度目标:城镇新增就业5000人", "年度目标为新建托育机构3家".</summary>
    [GeneratedRegex("年度目标(?:为|是)?:?")]
    public static partial Regex AnnualTarget();

    /// <summary>
    /// The words that open an enumeration rather than its first item: a time, a subject, a modal and the verb
    /// ("今年将实施就业促进、…、科技文体惠民等十件民生实事" → 就业促进; "继续办好普惠托育、…等15件…" → 普惠托育).
    /// </summary>
    [GeneratedRegex("^(?:今年|明年|去年)?(?:我们)?(?:将|要)?(?:继续|接续|重点|组织)?(?:实施好|实施|办好|推进|推动|抓好|做好|落实|开展|完成|包括|涵盖|围绕|聚焦)")]
    public static partial Regex LeadingVerb();
}
