using System.Text.RegularExpressions;

namespace LuchengReport.Core.Projects;

/// <summary>
/// The shapes project names take in a 政府工作报告, matched on folded text (half-width, no spaces). A name is a run of
/// words ending in a head word (…科技岛, …研究院, …国道…段, …二期(鹿城段)); what stands before it is cut off at
/// verbs and function words (启动, 推进, 落地, 的, 等 …), what follows may only be words about the works (建设, 改造 …).
/// </summary>
internal static partial class NameShapes
{
    /// <summary>
    /// A head word a project name ends with, optionally followed by a closing quote or a parenthesised stretch:
    /// "温州国际未来科技岛", "区人民医院新院", "104国道鹿城段", "地铁M1线", "鞋都四期", "温瑞大道二期(鹿城段)",
    /// "双屿“康养小镇”", "江心屿整岛开发".
    /// </summary>
    /// <remarks><see cref="Heads"/> finds the same matches faster; a test holds the two together.</remarks>
    [GeneratedRegex(HeadPattern)]
    public static partial Regex Head();

    const string HeadPattern = "(?:" + HeadWords + "|" + StretchHeads + ")”?(?:\\([^()]{1,12}\\))?";

    /// <summary>Words that end names of works, places and institutions. 城 never as in 城市/城区, 港 never as in 港口.</summary>
    const string HeadWords =
        "整岛开发|片区开发|工程|项目|研究院|分院|院区|新院区|新院|医院|大楼|大厦|新馆|馆|通道|园区|家园|园|中心|大桥|桥|隧道"
        + "|街区|步行街|街(?!道|镇)|社区|小镇|枢纽|岛|大道|广场|名城|新城|古城|城(?![市区乡镇村])|港(?![口澳])"
        + "|商务区|工业区|开发区|高新区|集聚区|(?<!创)新区|示范带|文化带|景观带|绿道|快速路|公路|堤|平台|银行";

    /// <summary>
    /// Heads that end a stretch or a phase of something named before them: 段 only of a road or river
    /// ("211省道鹿城段"), 线 only of a line of transport ("市域铁路S3线", "瓯江西沿线"), 期 after a name ("鞋都四期").
    /// </summary>
    const string StretchHeads =
        @"(?<=(?:国道|省道|公路|铁路|河道|大道|高速)[^、,]{0,8})段"
        + @"|(?<=(?:地铁|铁路|轨道|高速|快速|连接|沿|[A-Za-z]\d{0,2}))线"
        + @"|(?<=\p{IsCJKUnifiedIdeographs})[一二三四五六七八九十\d]期";

    /// <summary>
    /// Where a name cannot continue to the left (or right): function words and the verbs and adverbs that govern
    /// names. "启动温州国际未来科技岛项目建设" → "温州国际未来科技岛项目建设"; "区疾控中心大楼和区人民医院新院建成投用"
    /// → two pieces. None cuts inside a place word (和平, 向阳, 新建村, 开发区); works nouns (建设, 改造 …) do not cut
    /// before 工程/项目 ("松台山提升工程" stays whole), nor the 开发 of a whole island or area ("江心屿整岛开发").
    /// </summary>
    /// <remarks><see cref="Boundaries"/> finds the same matches faster; a test holds the two together.</remarks>
    [GeneratedRegex("(?:" + FunctionWords + "|" + GoverningVerbs + "|" + Manner + ")(?![路街村巷])"
        + "|(?<!整岛|片区)(?:" + WorksNouns + ")(?!(?:加固)?(?:工程|项目)|[区路街村])")]
    public static partial Regex Boundary();

    /// <summary>Nouns for the works on a project, a boundary only where they do not end its name: "建设", "改造".</summary>
    const string WorksNouns = "建设|改造|提升|整治|改扩建|改建|扩建|发展|开发";

    /// <summary>Function words: "停滞六年之久的戍浦江…", "谋划推进了…", "…等一批", "大楼和区人民医院新院".</summary>
    const string FunctionWords = "的|了|等|和(?!平)|与|以及|及|或|向(?!阳)|在|关于|对接|对|将|把|被|为|以|从|由|并|其中";

    /// <summary>Verbs that take a project as object or subject: "启动", "落地", "开工建设", "建成投用", "通车", "获评".</summary>
    const string GoverningVerbs =
        "谋划|推进|推动|启动|开工建设|开工|竣工|建成投用|建成|投用|通车|开通|贯通|畅通|打造|落地运营|落地|落户|设立|成为|入选"
        + "|获评|获批|创成|创建|争创|完成|实现|抓好|狠抓|围绕|聚焦|融入|配合|确保|力争|深化|加快|加强|实施|承接|联手|支持|鼓励"
        + "|培育|招引|办好|开展|打通|解决|坚持|形成|促进|带动|入驻|落实|构建|构筑|建立|健全|完善|申报|争取|扩大|跟进|推广|打响"
        + "|擦亮|做精|做靓|做大|做强|引进|新增|新建|组建|提高|达到|突破|通过|迭代|拆除|盘活|出让|签约|举办|亮相|回收|优化|引育"
        + "|集聚|发挥|挖掘|整合|放大|强化"
        + "|申建|开建|续建|筹建|修建|兴修|修筑|重建" // to apply for, begin, continue or build a construction: "申建…物流中心"
        + "|建好|用好|建强|做实|做优|做好|搞好|提速|力促|抓紧" // to do well or faster: "建好用好…平台", "提速…港一期"
        + "|搭建|出台|包括|用于|拨付|动员|致力于|依托|托管|重视|扶持|提出|实行|压缩|安排|运用|取得|要求|能够|做到|关心|保证|收回"
        + "|禁止|严禁|限制" // acts of policy with an object: "用于…工程", "依托…高新区", "禁止…开发"
        + "|揭牌|挂牌|成立|落成|晋升|入列|入围|纳入|列入|开馆|开港|开街|开城|开诊" // events after a name: "…医学院揭牌成立", "…母港开港"
        + "|联动|牵头|发起|共建共治共享|共建|共治" // acting together: "…枢纽港联动发展", "…实验室牵头发起…"
        + "|重返|返回|搬入|走进|进入"; // moving into a place: "重返家园", "搬入新家园"

    /// <summary>Adverbs of manner and pace: "高标准推进", "集中力量推进", "正式通车", "提前回收", "重新启动".</summary>
    const string Manner =
        "统筹|系统|同步|有序|持续|继续|全力|大力|着力|高标准|高水平|高品质|高规格|大手笔|集中力量|积极|全面|加大|突出|重点"
        + "|进一步|全速|正式|提前|精彩|重新|停滞";

    /// <summary>What may follow a name inside its piece: words about the works. "西园提前", "区人民医院新院发展", "七都岛控规".</summary>
    /// <remarks>Atomic, longest word first, so a tail that fails does not backtrack through every split of it.</remarks>
    [GeneratedRegex(@"^(?>" + TailWords + @")*$")]
    public static partial Regex IgnorableTail();

    /// <summary>One such word at the end of a piece, to trim a bare list member: "双屿提质升级" → "双屿".</summary>
    [GeneratedRegex("(?:" + TailWords + ")$")]
    public static partial Regex TailWord();

    const string TailWords = "开发建设|标准化建设|保护开发|提质扩容|提质升级|转型升级|征地拆迁|配套完善|环境提升|主体工程|建设|开发|保护|改造|提升|发展|改建|扩建|整治|前期|控规|提前|正式|全速|全线|精彩|重新|顺利|成功|全面|率先|等";

    /// <summary>A count before a name makes it a category: "12个老旧校区解危提升工程", "三大工业平台" (not inside quotes: “两个健康”法治研究中心).</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)?|[一二三四五六七八九十百两]+)(?:个|家|项|所|条|幢|座|处|大|批|类)")]
    public static partial Regex CountBefore();

    /// <summary>A count after a name makes it a category too: "落地院士产业化项目1个", "开竣工小微企业园各1个以上".</summary>
    [GeneratedRegex(@"^各?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百两]+)(?:个|家|项|所|条|幢|座|处|人|名|批)")]
    public static partial Regex CountAfter();

    /// <summary>A count-and-category phrase in quotes after a list: "双屿“四大商圈”" → "双屿".</summary>
    [GeneratedRegex(@"“(?:[一二三四五六七八九十两]+)大[^”]{1,8}”$")]
    public static partial Regex QuotedCategory();

    /// <summary>A head that is also a common word's last character (众志成城, 钢铁长城): trusted only with a verb or a list.</summary>
    [GeneratedRegex(@"城”?$")]
    public static partial Regex WeakHead();

    /// <summary>
    /// A head of an institution that runs rather than is built: a bank is a project only where the clause says it is set up
    /// or opened ("落地运营…村镇银行"), not where it acts or is listed on a market ("中国工商银行在境内外成功上市").
    /// </summary>
    [GeneratedRegex(@"银行”?$")]
    public static partial Regex InstitutionHead();

    /// <summary>
    /// A 工程/项目 name must name a place or a structure (松台山提升工程, 戍浦江河道…整治工程); without one it is a
    /// programme or a kind ("集团办学创新工程", "“白鹿引才”工程", "数字化应用项目"). 城市/城镇/城乡 are not places, nor
    /// are kinds of land (江河, 农村: see <see cref="Specificity.NamesAPlace"/>).
    /// </summary>
    [GeneratedRegex(@"^(?<core>.*?)(?:工程|项目)”?$")]
    public static partial Regex ProgrammeShape();

    /// <summary>
    /// Characters that end the name of a place or a structure, after at least one character of it: 江, 塘, 堤, 山, 屿, 桥,
    /// 路, 街, 园, 院, 库 … ("淮河", "松台山", "南湾水库"; not "村" alone, left of "经济薄弱村" once its generic words are gone).
    /// </summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?!城市|城镇|城乡)[江河湖海塘堤渠溪山岭峰屿岛桥路街巷道线段港湾园城镇村楼院馆场站坊门库闸坝]")]
    public static partial Regex PlaceCharacter();

    /// <summary>A whole piece in quotes is a brand or a slogan (“雪亮工程”, “魅力斗城”), not a project name.</summary>
    [GeneratedRegex(@"^“[^“”]*”$")]
    public static partial Regex QuotedOnly();

    /// <summary>A slogan made of numbers: “两线两片”, “一环三线”, “百项庆百年”, “3+25+31”.</summary>
    [GeneratedRegex(@"^“[^”]*(?:\d|[一二三四五六七八九十两百千])[^”]*”$")]
    public static partial Regex NumberSlogan();

    /// <summary>A quoted code of numbers before more quoted name: "“1+2+6+N”“城市大脑”鹿城分平台" → "“城市大脑”鹿城分平台".</summary>
    [GeneratedRegex(@"\G“[\d+\-A-Za-z一二三四五六七八九十]+”(?=“)")]
    public static partial Regex LeadingCode();

    /// <summary>The same code right before a name, to keep the name as written among its aliases.</summary>
    [GeneratedRegex(@"“[\d+\-A-Za-z一二三四五六七八九十]+”$")]
    public static partial Regex CodeBefore();

    /// <summary>Works done to the structure a name ends with, written right after it: "解放街改造", "330国道藤桥段改建".</summary>
    [GeneratedRegex(@"\G(?:改造|改建|扩建)(?!加固|工程|项目)")]
    public static partial Regex WorksAfter();

    /// <summary>Each quoted phrase of a run such as "“先瓯原乡·戍浦新韵”“古埠人家·藤南雅韵”".</summary>
    [GeneratedRegex(@"“[^“”]{2,20}”")]
    public static partial Regex Quoted();
}
