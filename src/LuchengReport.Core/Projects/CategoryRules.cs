using System.Text.RegularExpressions;
using static LuchengReport.Core.Projects.ProjectCategories;

namespace LuchengReport.Core.Projects;

/// <summary>
/// A project's category from the words of its names, first rule first; a name that says nothing of its kind
/// (喜马拉雅有声阅读, 炬光园) takes the kind its list says ("…等重点项目" beside 温州数字影视文创园) or its list-mates have.
/// </summary>
internal static partial class CategoryRules
{
    static readonly (Regex Words, string Category)[] Rules =
    [
        (Finance(), ProjectCategories.Finance),
        (Culture(), CultureTourism),
        (Digital(), ProjectCategories.Digital),
        // Water before transport: a river stretch is named by its bridges' towns (戍浦江河道(藤桥至河口段)).
        (Water(), EnvironmentWater),
        (Transport(), ProjectCategories.Transport),
        (Public(), PublicService),
        (Tech(), TechPlatform),
        (Industry(), IndustrialPark),
        (Renewal(), UrbanRenewal),
        (Trade(), Commerce),
    ];

    /// <remarks>A name repeated adds nothing, so each is read once (a project's names repeat with every mention).</remarks>
    public static string Of(IEnumerable<string> names) =>
        names.Distinct(StringComparer.Ordinal).Select(Keys.Of).Select(ByWords).FirstOrDefault(c => c is not null) ?? Other;

    /// <summary>The category the words of one name or context give, or null.</summary>
    public static string? ByWords(string words) => Rules.FirstOrDefault(r => r.Words.IsMatch(words)).Category;

    /// <summary>Money: "七都基金岛", "长三角金融人才服务中心", "投资管理型村镇银行".</summary>
    [GeneratedRegex(@"金融|基金|银行|资本")]
    private static partial Regex Finance();

    /// <summary>Culture and tourism: "温州数字影视文创园", "五马-墨池历史文化街区", "江心屿东园", "塘河滨水绿道".</summary>
    [GeneratedRegex(@"影视|文创|文旅|旅游|景区|历史文化|街区|文化带|景观带|绿道|示范带|江心屿|提升工程|诗路|公园")]
    private static partial Regex Culture();

    /// <summary>Digital: "温州城市数字科创园", "“城市大脑”鹿城分平台".</summary>
    [GeneratedRegex(@"数字|城市大脑|大数据|5G|智慧|信息")]
    private static partial Regex Digital();

    /// <summary>Transport: "104国道鹿城段", "330国道官岭隧道", "七都大桥北汊桥", "地铁M1线", "多式联运枢纽".</summary>
    [GeneratedRegex(@"国道|省道|大道|公路|快速路|高速|隧道|桥|地铁|铁路|轨道|枢纽|连接线|沿线|线$|机场|码头|通道|高铁")]
    private static partial Regex Transport();

    /// <summary>Water and environment: "戍浦江河道(藤桥至河口段)整治工程", "安澜海塘…标准堤改造加固工程".</summary>
    [GeneratedRegex(@"河道|海塘|堤|水库|污水|治水|河湖|水利|环保|垃圾|排涝|水系|[江河湖溪].{0,4}治理")]
    private static partial Regex Water();

    /// <summary>Public services: "区人民医院新院", "区疾控中心大楼", "区级公办养老服务中心", "双屿“康养小镇”".</summary>
    [GeneratedRegex(@"医院|院区|新院|疾控|养老|康养|学校|中学|小学|幼儿园|卫生|体育|馆|礼堂|法治|安置|市民中心")]
    private static partial Regex Public();

    /// <summary>Research and innovation: "四川大学温州鞋革产业研究院", "温州国际未来科技岛", "国际智能制造产业化服务中心".</summary>
    [GeneratedRegex(@"研究院|科技|科创|创新|实验室|院士|智能制造|孵化")]
    private static partial Regex Tech();

    /// <summary>Industrial parks: "中国鞋都", "鞋都四期", "轻工产业园区", "鹿城鞋艺小镇", "大都市女鞋园区".</summary>
    [GeneratedRegex(@"鞋都|工业区|工业园|产业园|园区|工业|鞋|制造|小镇|产业")]
    private static partial Regex Industry();

    /// <summary>Urban renewal and new districts: "集新未来社区", "七都岛", "鹿城工业区片区开发".</summary>
    [GeneratedRegex(@"社区|片区|旧村|旧城|更新|岛|新城|新区")]
    private static partial Regex Renewal();

    /// <summary>Commerce: "滨江商务区", "公园路步行街", "温州印象城", "鹿城广场", "环贸港", "京津冀招商中心".</summary>
    [GeneratedRegex(@"商务区|商圈|步行街|街$|广场|城$|港$|家园|购物|商业|招商|总部|市场|综合体")]
    private static partial Regex Trade();
}
