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
    [GeneratedRegex(@"金融|基金|银行|资本|保险|证券|期货")]
    private static partial Regex Finance();

    /// <summary>Culture and tourism: "温州数字影视文创园", "五马-墨池历史文化街区", "塘河滨水绿道", "国家文化公园", "…博物馆".</summary>
    [GeneratedRegex(@"影视|文创|文旅|旅游|景区|历史文化|街区|文化带|景观带|绿道|示范带|公园|博物|纪念馆|美术馆|遗址|古城|古镇|度假区|乐园|文库")]
    private static partial Regex Culture();

    /// <summary>Digital: "温州城市数字科创园", "“城市大脑”鹿城分平台", "…大数据中心", "…智算中心".</summary>
    [GeneratedRegex(@"数字|城市大脑|大数据|5G|智慧|信息|数据中心|算力|智算|互联网")]
    private static partial Regex Digital();

    /// <summary>Transport: "104国道鹿城段", "330国道官岭隧道", "七都大桥北汊桥", "地铁M1线", "多式联运枢纽", "…航道工程".</summary>
    [GeneratedRegex(@"国道|省道|大道|公路|快速路|高速|隧道|桥|地铁|铁路|轨道|枢纽|连接线|沿线|线$|机场|码头|通道|高铁|航道|口岸|班列|陆港|空港|邮轮|跑道|城际")]
    private static partial Regex Transport();

    /// <summary>Water and environment: "戍浦江河道(藤桥至河口段)整治工程", "…标准堤改造加固工程", "…水库", "…灌区", "…防洪治理工程".</summary>
    [GeneratedRegex(@"河道|海塘|堤|水库|污水|治水|河湖|水利|环保|垃圾|排涝|水系|[江河湖溪].{0,4}治理|灌区|引水|调水|供水|水闸|防洪|分洪|蓄洪|水资源|湿地|生态修复")]
    private static partial Regex Water();

    /// <summary>Public services: "区人民医院新院", "区疾控中心大楼", "区级公办养老服务中心", "…校区", "…康复中心".</summary>
    [GeneratedRegex(@"医院|院区|新院|疾控|养老|康养|学校|中学|小学|幼儿园|卫生|体育|馆|礼堂|法治|安置|市民中心|校区|学院|医疗|医学|康复|托育|应急|救援|运动")]
    private static partial Regex Public();

    /// <summary>Research and innovation: "…产业研究院", "温州国际未来科技岛", "国际智能制造产业化服务中心", "…实验室".</summary>
    [GeneratedRegex(@"研究院|科技|科创|创新|实验室|院士|智能制造|孵化|研究|科学|实验|试验|技术|中试|检测|计量")]
    private static partial Regex Tech();

    /// <summary>Industrial parks and works: "轻工产业园区", "…工业园区", "…经开区", "…产业基地", "…工厂".</summary>
    [GeneratedRegex(@"工业区|工业园|产业园|园区|工业|制造|小镇|产业|开发区|高新区|经开区|合作区|基地|工厂")]
    private static partial Regex Industry();

    /// <summary>Urban renewal and new districts: "集新未来社区", "七都岛", "…片区开发", "…城中村改造项目".</summary>
    [GeneratedRegex(@"社区|片区|旧村|旧城|更新|岛|新城|新区|城中村|棚户区|老旧小区")]
    private static partial Regex Renewal();

    /// <summary>Commerce: "滨江商务区", "公园路步行街", "…印象城", "…广场", "环贸港", "…招商中心", "…交易会".</summary>
    [GeneratedRegex(@"商务区|商圈|步行街|街$|广场|城$|港$|家园|购物|商业|招商|总部|市场|综合体|交易会|博览会|会展|自贸|保税|综保区|贸易")]
    private static partial Regex Trade();
}
