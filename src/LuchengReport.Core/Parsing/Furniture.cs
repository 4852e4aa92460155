using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing;

/// <summary>
/// Lines a government web page wraps around the report that are not part of it: links to infographics, the
/// "数读" teaser, and the page's button row. Matched on folded text, so full-width variants are caught too.
/// </summary>
public static partial class Furniture
{
    public static bool IsFurniture(SourceLine line) =>
        InfographicLink().IsMatch(line.Key) || DataTeaser().IsMatch(line.Key) || ButtonRow().IsMatch(line.Key);

    /// <summary>"一图读懂丨2021年,鹿城将这样干!" — a link to the infographic version.</summary>
    [GeneratedRegex(@"^(一图读懂|一图看懂|图解)")]
    private static partial Regex InfographicLink();

    /// <summary>"数读《政府工作报告》" — a link to the data digest.</summary>
    [GeneratedRegex(@"^数读《[^》]*》$")]
    private static partial Regex DataTeaser();

    /// <summary>"【返回顶部】【打印本稿】【关闭本页】" — the page's buttons.</summary>
    [GeneratedRegex(@"^(【[^】]{1,10}】)+$")]
    private static partial Regex ButtonRow();
}
