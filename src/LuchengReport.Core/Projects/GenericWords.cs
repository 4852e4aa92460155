using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Words any report uses for a kind of thing rather than for one thing: fields and trades, scopes, kinds of facility,
/// kinds of works. A name made only of such words and a head ("国家医学中心", "概念验证中心", "化工园区", "图书馆")
/// names a kind; a specific name keeps a part of its own (a place, an owner, a brand: 宁夏美术馆, 闽都创新实验室).
/// They extend the descriptor words of <see cref="Specificity"/>; a word is taken out of a name wherever it stands,
/// longest word first.
/// </summary>
internal static class GenericWords
{
    /// <summary>Fields and trades a centre, a platform or a park is devoted to.</summary>
    static readonly string[] FieldRows =
    [
        "医学|医药|中医药|中医|生物医药|生物|健康|医养|临床|诊疗|转诊|会诊|肿瘤|托育|托幼|婴幼儿|老年|儿童|妇女|残疾人", // health and care: "国家医学中心", "托育综合服务中心"
        "能源|新能源|清洁能源|电力|通信|信息|信息技术|新一代信息技术|大数据|数据|算力|互联网|网络|人工智能", // energy and information: "灾备中心" beside "数据中心"
        "材料|新材料|装备|化工|石化|钢铁|汽车|新能源汽车|集成电路|制造业|制造|工业设计|设计", // industries: "化工园区", "制造业创新中心"
        "农业|现代农业|农产品|冷链|电子商务|电商|直播|商贸|贸易|大宗商品|油气|煤炭|会展|餐饮|美食|家政|消费", // farming and trade: "现代农业产业园", "乡镇商贸中心"
        "艺术|文艺|演艺|非遗|考古|遗址|文物|地质|图书|博物|档案|纪念|美术|展览|展示|戏曲|健身|冰雪|赛事|科普|活动|体验|生活", // culture and sport: "各级图书馆", "国家考古遗址公园"
        "技术|检验检测|检验|检测|质检|认证|计量|标准|知识产权|孵化|中试|概念验证|成果转化|转化|科研|研究|实验|试验|共性|先导|科学|赋能", // research and its services: "概念验证中心", "共性技术平台"
        "供应链|融资|信用|征信|资本|保险|房地产|要素|交易|流通|共享|协同|交流|合作|传承", // exchanges and finance: "融资平台", "供应链服务平台"
        "水权|用水权|排污权|碳排放权|用能权|林权|矿业权", // rights traded on a market: "水权交易平台"
        "航空|货运|航运|港口|口岸|门户|集散|中转|储备|物资|仓储|交通|通道|高速|干线|高铁|铁路|公路|道路|电网|管网", // transport and supply: "国际航空枢纽", "高速公路"
        "灌溉|节水|沼气|水电|路网|围栏|草场|厕所|标识|标牌|配套|停车场|专用线|起降场", // the small works of rural and town infrastructure: "农村沼气", "旅游厕所"
        "应急|救援|紧急|安全|消防|警务|治安|综治|公检法司|政务|执法|监管|监测|调度|运营|办公|培训|职业|技能|考试|创业|双创|异地|结算|定点", // public order and services: "综治中心", "国家紧急医学救援基地"
        "学校|大学|校园|医院|幼儿|基地|室内|户外|入口|特区|无人机|民用", // kinds of place that need a name before them: "国际学校", "室内冰雪馆", "经济特区"
        "团队|专家|青年|拔尖|领军|人员|留学人员|队伍|工匠|零工", // people a programme is for: "产业领军团队", "留学人员创业园"
        "低碳|零碳|近零碳|绿色|节能|环境|防洪|供水|污水|排水|垃圾", // environment: "零碳园区", "污水处理"
        "深水|远洋|沿海", // kinds of water: "深水大港": "江河堤防加固工程"
    ];

    /// <summary>
    /// Kinds of land, water and settlement, and the needs a programme answers: they hold a character that ends a place
    /// (江, 村, 线) without naming one, so a programme named by them names no place ("江河堤防加固工程", "经济薄弱村提升工程").
    /// </summary>
    static readonly string[] PlaceKindRows =
    [
        "山海|山水|江河|河湖|湖泊|堤防|流域|村镇|村庄|县城|山区|城区|生命线", // kinds of land and settlement (not 沿江, which names a road)
        "薄弱|困难|贫困|偏远|老旧", // the need a programme answers: "经济薄弱村提升工程"
    ];

    /// <summary>Scopes, ranks and owners any report could give any thing.</summary>
    static readonly string[] ScopeRows =
    [
        "国家|国际|全球|区域|跨境|跨区域|海外|境外|两岸|港澳台|港澳|全民|城乡|县域|县乡|乡镇|街道|省市|城际|省际|周边|高校|公立|民营|外资|国有|独资|合资|银发|高新|开放", // who runs it or whom it serves: "国家技术创新中心", "民营医院", "县乡公路"
        "一体化|统一|专业|专业化|大型|中小|新一代|重要|主要|领先|一流|完整|友好|一级|二级|三级|四级|两级|三甲", // size, rank and grade: "三级医院", "大型灌区"
        "平安|书香|宜居|幸福|美好|精神|文明|清廉|放心|安心|舒心", // the qualities a campaign promises: "平安校园", "书香京城", "安心托幼"
    ];

    /// <summary>
    /// Kinds of works that say what is done to land, water or air: a list member ending in one is a kind of works, not a
    /// named one ("城市污水处理", "防沙治沙", "天然林保护"), even where the words are trimmed off the member.
    /// </summary>
    static readonly string[] KindOfWorksRows =
    [
        "治理|处理|保护|修复|防治|治沙|脱硫|脱硝|联产|利用", // works on land, water and air: "石漠化治理", "区域热电联产"
        "供电|供气|供暖|排涝|清淤|绿化|饮水|覆盖", // supplies and services: "安全饮水"
    ];

    /// <summary>More endings of a kind, once nothing is trimmed: works done to anything, pilots of a policy.</summary>
    static readonly string[] WorksRows =
    [
        "整治|改造|提升|建设|搬迁", // works on anything (not 开发, which names 开发区): "经济薄弱村提升"
        "试点|示范", // pilots and demonstrations of a policy: "…医院试点", "…升级示范"
    ];

    /// <summary>Kinds of people: a list member ending in one is a group of people a programme is for ("…青年拔尖人才").</summary>
    static readonly string[] PeopleEnds = ["人才", "团队", "专家", "工匠", "人员", "队伍"];

    static IEnumerable<string> Words(string[] rows) => rows.SelectMany(r => r.Split('|'));

    /// <summary>All the words, longest first, so that "新能源汽车" is taken out whole and not as "新能源" + "汽车".</summary>
    internal static readonly WordTable Table = WordTable.Parse(string.Join("|",
        Words(FieldRows).Concat(Words(PlaceKindRows)).Concat(Words(ScopeRows)).Concat(Words(KindOfWorksRows)).Concat(Words(WorksRows))
            .Distinct().OrderByDescending(w => w.Length)));

    /// <summary>The kinds of land and the needs alone, for what a programme's name says of a place.</summary>
    internal static readonly WordTable PlaceKinds = WordTable.Parse(string.Join("|", Words(PlaceKindRows).OrderByDescending(w => w.Length)));

    static readonly string[] KindOfWorksEnds = [.. Words(KindOfWorksRows)];
    static readonly string[] KindEnds = [.. KindOfWorksEnds, .. Words(WorksRows), .. PeopleEnds];

    /// <summary>Whether words end in a kind of works done to land, water or air: "天然林保护", "城市污水处理".</summary>
    public static bool EndsInKindOfWorks(string words) => KindOfWorksEnds.Any(w => words.EndsWith(w, StringComparison.Ordinal));

    /// <summary>Whether a list member without a head word ends in a kind of works or of people: "城市污水处理", "…拔尖人才".</summary>
    public static bool EndsInKind(string member) => KindEnds.Any(w => member.EndsWith(w, StringComparison.Ordinal));
}
