using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing;

/// <summary>
/// Lines a government or news web page wraps around the report that are not part of it: links to infographics, the
/// "数读" teaser, the source and date labels, counters, the font and button rows. Matched on folded text (no spaces,
/// half-width punctuation), so full-width and spaced variants are caught too. Never a title, a date, a speaker or a
/// paragraph.
/// </summary>
public static partial class Furniture
{
    /// <summary>The labelled lines are short: a body sentence that happens to open with such a word is not one.</summary>
    const int MaxLabelLineLength = 100;

    public static bool IsFurniture(SourceLine line) =>
        InfographicLink().IsMatch(line.Key) || DataTeaser().IsMatch(line.Key) || ButtonRow().IsMatch(line.Key)
        || ButtonWords().IsMatch(line.Key) || ClickThrough().IsMatch(line.Key) || Breadcrumb().IsMatch(line.Key)
        || (line.Key.Length <= MaxLabelLineLength && PageLabel().IsMatch(line.Key) && !Cover.HeaderLabels.IsLabelLine(line));

    /// <summary>"一图读懂丨2021年,鹿城将这样干!" — a link to the infographic version.</summary>
    [GeneratedRegex(@"^(一图读懂|一图看懂|图解)")]
    private static partial Regex InfographicLink();

    /// <summary>"数读《政府工作报告》" — a link to the data digest.</summary>
    [GeneratedRegex(@"^数读《[^》]*》$")]
    private static partial Regex DataTeaser();

    /// <summary>"【返回顶部】【打印本稿】【关闭本页】" — the page's buttons.</summary>
    [GeneratedRegex(@"^(【[^】]{1,10}】)+$")]
    private static partial Regex ButtonRow();

    /// <summary>"字体:大 中 小", "打印 | 分享 | 关闭", "分享到:": a line made of nothing but the page's controls.</summary>
    [GeneratedRegex(@"^(?:[【\[(]?(?:字体|字号|大|中|小|默认|打印本页|打印本稿|打印|分享到|分享|收藏|关闭窗口|关闭本页|关闭|返回顶部|返回|顶部|放大|缩小|微信|微博|扫一扫|二维码)[】\])]?[:|/丨、,·]?)+$")]
    private static partial Regex ButtonWords();

    /// <summary>"点击查阅2025年政府工作报告图解", "点击查看原文" — a link, not text.</summary>
    [GeneratedRegex(@"^[【\[(]?点击(?:查阅|查看|阅读|下载|进入|这里|此处)")]
    private static partial Regex ClickThrough();

    /// <summary>"首页>政务公开>规划计划", "当前位置:首页>…" — where the page sits on the site.</summary>
    [GeneratedRegex(@"^(?:(?:您(?:当前)?的?|当前)位置:)?首页(?:>|>>|»|/|-)")]
    private static partial Regex Breadcrumb();

    /// <summary>
    /// A line opening with a page label: "来源:浙江日报", "发布日期:2025-01-22 10:00", "浏览次数:1234", "作者:…",
    /// "责任编辑:…", perhaps after the publication time ("2025-01-22 10:00 来源:…"). A portal's publication date is
    /// never the report's delivery date. A line holding a portal header label (索引号 …) is read by the header instead.
    /// </summary>
    [GeneratedRegex(@"^(?:[\d\-/:.年月日]+)?(?:(?:文章|稿件|新闻)?来源|发布(?:日期|时间)|发表(?:日期|时间)|更新(?:日期|时间)|时间(?=:\d)|(?:浏览|阅读|访问|点击)(?:次数|量|数)|作者|责任编辑|编辑)[:\d]")]
    private static partial Regex PageLabel();
}
