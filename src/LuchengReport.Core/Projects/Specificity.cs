using System.Text.RegularExpressions;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Tells a specific name (温州国际未来科技岛, 集新未来社区) from a generic phrase of the same shape (重点项目,
/// 小微企业园, 省级特色小镇, 社区卫生服务中心): take away the head word and every descriptor word; a specific name
/// keeps at least two characters of its own (a place, an owner, a brand).
/// </summary>
internal static partial class Specificity
{
    /// <summary>Decides for a folded candidate name; <paramref name="placeStems"/> are the report's own place names (温州, 鹿城).</summary>
    public static bool IsSpecific(string name, IReadOnlyList<string> placeStems)
    {
        if (name.Length < 3 || Title().IsMatch(name) || NameShapes.CountBefore().IsMatch(name) || NotNames.Any(name)) return false;
        // "清廉鹿城", "平安鹿城": a slogan about the place itself, not a thing built in it.
        for (int i = 0; i < placeStems.Count; i++) if (name.EndsWith(placeStems[i], StringComparison.Ordinal)) return false;
        // ProgrammeShape() ends in 工程 or 项目 and an optional closing quote: only such names are asked.
        if (name[^1] is '程' or '目' or '”' && NameShapes.ProgrammeShape().Match(name) is { Success: true } programme
            && !NamesAPlace(programme.Groups["core"].Value)) return false;
        // "F3线" (cut from "福莆宁F2和F3线"): a code and a head, too little to be a name.
        return Residual(name).Length >= 2 && name.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 2;
    }

    /// <summary>
    /// Whether the words before 工程/项目 name a place or a structure once descriptors and kinds of land are gone:
    /// "胶新铁路扩能改造" does (路), "江河堤防加固" and "经济薄弱村提升" do not.
    /// </summary>
    internal static bool NamesAPlace(string core) =>
        NameShapes.PlaceCharacter().IsMatch(GenericWords.PlaceKinds.RemoveAll(DescriptorWords.RemoveAll(core)));

    /// <summary>What a name says of its own once head and descriptor words are gone: "区级公办养老服务中心" → "区级".</summary>
    public static string Residual(string name)
    {
        var withoutHead = LastHead(name) is { } head ? string.Concat(name.AsSpan(0, head.Start), name.AsSpan(HeadWordEnd(name, head))) : name;
        return OwnWords(withoutHead);
    }

    /// <summary>The words of a stretch that are its own: without descriptor and generic words, quotes and brackets.</summary>
    static string OwnWords(string words)
    {
        // DescriptorWords removes what Descriptor() would; NotOwn() is asked only when a character it could match is there.
        var own = GenericWords.Table.RemoveAll(DescriptorWords.RemoveAll(words));
        return MayHoldNotOwn(own) ? NotOwn().Replace(own, "") : own;
    }

    /// <summary>Where the head word ends, before the bracket a head may carry: "中心(福建)" keeps "(福建)" as the name's own.</summary>
    static int HeadWordEnd(string name, Span head)
    {
        int bracket = name.IndexOf('(', head.Start, head.Length);
        return bracket > head.Start ? bracket : head.End;
    }

    internal static readonly WordTable DescriptorWords = WordTable.Parse(Levels + "|" + Kinds + "|" + Trades);

    /// <summary>Whether <see cref="NotOwn"/> could match: it starts with one of its marks, white space or a digit.</summary>
    static bool MayHoldNotOwn(string s)
    {
        foreach (char c in s)
            if (c is '“' or '”' or '"' or '(' or ')' or '·' or '-' || char.IsWhiteSpace(c) || char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>
    /// The generic part at the end of a name that list-mates share: "庆年坊历史文化街区" → "历史文化街区", so that
    /// "五马-墨池、朔门、庆年坊历史文化街区" names three districts. Null when the name has no such part.
    /// </summary>
    public static string? SharedSuffix(string name)
    {
        if (LastHead(name) is not { } head || head.End != name.Length) return null;
        int start = head.Start;
        while (TrailingDescriptor().Match(name[..start]) is { Success: true } word) start = word.Index;
        return start >= 2 && start < head.Start ? name[start..] : null;
    }

    static Span? LastHead(string name) => NameShapes.LastHead(name);

    /// <summary>
    /// Descriptor words: what kind of thing, at what level, of what trade — words any district could use for any
    /// project. "重点", "民生实事", "小微企业", "历史文化", "未来", "服务".
    /// </summary>
    /// <remarks>Applied through <see cref="DescriptorWords"/>, which removes the same words faster; a test holds the two together.</remarks>
    [GeneratedRegex(Levels + "|" + Kinds + "|" + Trades)]
    internal static partial Regex Descriptor();

    /// <summary>Levels, ranks and qualities: "省级", "街镇级", "重点", "高能级", "示范", "东部", "未来".</summary>
    const string Levels =
        "省市区|省市级|省部级|街镇级|国家级|省级|市级|县级|镇级|村级|全国|全省|全市|全区|世界|重点|重大|一批|各类|新型|高端|高能级"
        + "|高品质|高质量|现代化?|都市化|区域性|综合|示范|特色|优质|标志性|核心|基层|东部|中部|西部|南部|北部|未来|先进|优秀|先行";

    /// <summary>Kinds of undertaking: "民生实事", "产业化", "基础设施", "总部回归", "改革", "试点", "候选".</summary>
    const string Kinds =
        "民生实事|民生|产业化|产业|院士|小微企业|企业|基础设施|技改|总部回归|总部|创新|研发|公共|公办|安置房|管理|信用|实体"
        + "|市场|战略|循环|发展|建设|改革|试点|候选|营商|社区";

    /// <summary>Trades and fields: "数字经济", "科创", "金融", "文旅", "养老", "卫生", "工业".</summary>
    const string Trades =
        "数字经济|数字化|数字|智能化|科创|科技|服务业|服务|金融|人才|文化|创意|旅游|文旅|历史|生态|美丽|乡村振兴|乡村|城市|城镇"
        + "|农村|照料|居家|养老|卫生|教育|体育|工业|经济|消费|商业|物流|交通|水利|环保|智慧|医疗|康养|就业";

    /// <summary>The descriptor words again, anchored at the end of a name (for <see cref="SharedSuffix"/>).</summary>
    [GeneratedRegex(@"(?:历史文化|历史|文化|产业|乡村振兴|示范|特色|生态|创意|创新|科创|科技|数字|未来|美丽|综合|服务)$")]
    private static partial Regex TrailingDescriptor();

    /// <summary>
    /// Characters that are not anyone's own: a manner in quotes ("“网约式”", "“一站式”"), quotes, brackets, hyphens,
    /// digits of a grade ("4A级").
    /// </summary>
    [GeneratedRegex(@"“[^“”]{1,6}式”|[“”""()·\-\s]|\d+A级")]
    internal static partial Regex NotOwn();

    /// <summary>An honour or a grade, not a project: "省级特色小镇", "全省数字化示范小微企业园", "第六批…".</summary>
    [GeneratedRegex(@"^(?:省级|市级|国家级|省部级|省市级|全国|全省|全市|第[一二三四五六七八九十\d]+批)")]
    private static partial Regex Title();
}
