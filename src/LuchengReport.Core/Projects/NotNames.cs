using System.Text.RegularExpressions;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Shapes that end like a name but are not one, whatever words they hold: a count (…校舍94所, 3个省级…产业园), a
/// rank (首个…中心), a slogan (光网之都, “人工智能+”, “五个中心”), an honour (历史文化名城). Matched on folded text;
/// quoted stretches are a name's own words, so a count inside quotes does not count (“两个健康”法治研究中心).
/// </summary>
internal static partial class NotNames
{
    public static bool Any(string name)
    {
        var unquoted = name.Contains('“') ? QuotedStretch().Replace(name, "“”") : name;
        return Count().IsMatch(unquoted) || Rank().IsMatch(unquoted) || Date().IsMatch(unquoted) || Slogan().IsMatch(name)
            || Honour().IsMatch(name) || NumberedQuoteEnd().IsMatch(name) || IntoTheCity().IsMatch(name) || Sentence().IsMatch(unquoted)
            || Parallel().IsMatch(unquoted) || Class().IsMatch(unquoted);
    }

    /// <summary>What lies between a pair of quotes.</summary>
    [GeneratedRegex(@"“[^“”]*”")]
    private static partial Regex QuotedStretch();

    /// <summary>
    /// A number with a measure word anywhere in the name: "中小学校舍94所", "泉州3个省级人工智能产业园",
    /// "安全出口3.2万余处", "修垸经费3亿元", "五大研究院", "临潭2县". Not a number that names: 6号线, 二期, 300万吨级, 500千伏.
    /// </summary>
    [GeneratedRegex(@"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)[多余]?[万亿]?[多余]?(?:个|家|项|所|座|处|条|列|批|张|名|人|元|亩|县|户|套|台|辆|艘|公里)"
        + @"|(?<![一\d])[二三四五六七八九十两]+大(?!道|桥|街|楼|厦|院|学)")]
    private static partial Regex Count();

    /// <summary>A thing described by its rank rather than named: "我区首个室内冰雪健身中心", "国内首家沙漠钻石酒店".</summary>
    [GeneratedRegex(@"首[个家座条批]|第[一二三四五六七八九十\d]+[个家座条批]")]
    private static partial Regex Rank();

    /// <summary>
    /// Words of a sentence, not of a name: a pointer back ("经济建设这个中心"), a copula ("经济工作是中心"), a goal of
    /// coverage with a repeated unit ("县县有图书馆", "市市有博物馆").
    /// </summary>
    [GeneratedRegex(@"这个|这一|那个|是|([县市乡镇村户])\1有")]
    private static partial Regex Sentence();

    /// <summary>A slogan of parallel phrases, one character repeated every other: "通水通电通气通桥", "联山联水联社区".</summary>
    [GeneratedRegex(@"(.).\1.\1")]
    private static partial Regex Parallel();

    /// <summary>A class of things: "别墅类房地产", "技术攻关类项目" (not 人类).</summary>
    [GeneratedRegex(@"(?<!人)类")]
    private static partial Regex Class();

    /// <summary>A date: "是1950年到1997年全国公路" speaks of a time, and no project is named with a year and 年.</summary>
    [GeneratedRegex(@"\d{4}年")]
    private static partial Regex Date();

    /// <summary>A verb into or out of 城 (a city, a wall), not a place: "…人口进城", "众志成城".</summary>
    [GeneratedRegex(@"[进入出返回成]城$")]
    private static partial Regex IntoTheCity();

    /// <summary>A slogan of the form "X之Y" closing the name: "光网之都", "万兆之城", "人才荟萃之岛".</summary>
    [GeneratedRegex(@"之[^之“”]{1,2}$")]
    private static partial Regex Slogan();

    /// <summary>An honour a city or a place holds or seeks, not a thing built: "国家历史文化名城", "双拥模范城", "21世纪“海丝名城”".</summary>
    [GeneratedRegex(@"(?:名城|模范城|示范城)”?$")]
    private static partial Regex Honour();

    /// <summary>
    /// A name that ends inside a quote holding a number or an operator: a slogan of a policy, not a thing ("上海“五个中心”",
    /// "“人工智能+”", "“数据要素×”"); a quoted code before the name proper is fine ("“1+10”科创供应链平台").
    /// </summary>
    [GeneratedRegex(@"“[^“”]*(?:[\d一二三四五六七八九十两百千][^“”]*|[+×])”$")]
    private static partial Regex NumberedQuoteEnd();
}
