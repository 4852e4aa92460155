using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Livelihood;

/// <summary>When a name, found in a clause, speaks of the year's list of livelihood projects.</summary>
internal enum NameUse
{
    /// <summary>Wherever it stands: the name means nothing else.</summary>
    Always,
    /// <summary>Only with a count of the kind a list has ("20项民生工程", "十大民生项目"): uncounted, it is a kind of spending.</summary>
    Counted,
    /// <summary>Only with a count and a numbered list of exactly that many items after it ("10件实事。一是…十是…").</summary>
    CountedAndListed,
}

internal sealed record LivelihoodName(string Word, NameUse Use);

/// <summary>
/// The names a 政府工作报告 gives its list of livelihood projects (民生实事), one row each with why it is read the way
/// it is. A longer name is tried before a shorter one starting at the same character, and a name that starts earlier
/// wins ("民生实事" before the "实事" inside it). Matched on folded text.
/// </summary>
internal static class LivelihoodNames
{
    public static readonly IReadOnlyList<LivelihoodName> All =
    [
        // The common name: "办好十件民生实事", "民生实事项目首次由人大代表票决确定", "实施民生实事28项".
        new("民生实事", NameUse.Always),
        // Another province's name for the same list: "2025年10件惠民实事" (often an appendix after the closing words).
        new("惠民实事", NameUse.Always),
        // "全面完成30项为民办实事项目", "实施十大为民办实事工程": with 项目 or 工程 it names the list; bare "为民办实事" is a
        // work style ("脚踏实地为民办实事"), not the list.
        new("为民办实事项目", NameUse.Always),
        new("为民办实事工程", NameUse.Always),
        // "继续实施20项民生工程", "十大民生工程": the list only when counted; "保障性住房、教育…等民生工程建设" and
        // "农村民生工程" are a kind of investment.
        new("民生工程", NameUse.Counted),
        // "十大民生项目": the list only when counted; "积极推进“小而美”民生项目建设" (aid abroad), "…等民生项目投入" (a kind
        // of investment) and "重大民生项目优先" are not.
        new("民生项目", NameUse.Counted),
        // "十大惠民工程": the list only when counted; "农村水利惠民工程" is one programme, often an item of the list.
        new("惠民工程", NameUse.Counted),
        // "办好群众普遍需求的10件实事。一是…": bare 实事 only with a count and a list of that many items; "推动…等10件实事
        // 落地见效" (another programme), "实施卫生健康为民服务15项实事", "办实事" and "实事求是" are not the list.
        new("实事", NameUse.CountedAndListed),
    ];

    /// <summary>The table as a <see cref="WordTable"/>: longer names first, so "民生实事项目" is read as 民生实事.</summary>
    public static readonly WordTable Words = WordTable.Parse(string.Join('|', All.Select(n => n.Word).OrderByDescending(w => w.Length)));

    static readonly Dictionary<string, NameUse> UseOf = All.ToDictionary(n => n.Word, n => n.Use);

    public static NameUse Use(string word) => UseOf[word];

    /// <summary>A cheap first test: every name holds one of these characters.</summary>
    public static bool MayHold(string text) => text.Contains('实') || text.Contains('民');
}
