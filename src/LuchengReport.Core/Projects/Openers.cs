using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Words that open a piece of text without being part of the name that follows: a quantifier ("一批", "其中"), a verb
/// that governs the name ("申建", "建好用好"), a year ("1955年"). They are taken off one after another. A quantifier
/// of many ("一批", "各类") also says the piece speaks of a kind of thing, not of one named thing.
/// </summary>
/// <remarks>
/// Only where a piece starts: many of these verbs also end a kind of thing inside a name (运营中心, 服务平台), so they
/// cannot cut text everywhere as the boundaries of <see cref="NameShapes.Boundary"/> do.
/// </remarks>
internal static class Openers
{
    /// <summary>Quantifiers of many: what follows is a kind ("建设一批概念验证中心", "各级图书馆").</summary>
    static readonly string[] ManyRows =
    [
        "一批|新一批|首批|一系列|大批|每个|每一", // batches and every one: "建设一批工业设计中心、检验检测中心"
        "各类|各级|各种|各地|多个|若干|许多|一些|更多|部分", // any number of a kind: "各级图书馆", "许多公路"
    ];

    /// <summary>Quantifiers and frames that say nothing of number: "一个", "其中", "本次".</summary>
    static readonly string[] FrameRows =
    [
        "一个|新一轮|其中|本次|全区|线上|线下", // framing words: "线上建好用好…平台"
        "这个|这些|那个|那些|该项|至|我国|我省|我区|我市|本省|本市", // pointers and frames: "经济建设这个中心", "我国银行", "至全岛"
        "但是|而且|并且|同时|因此|所以|可是", // conjunctions: "但是国家银行…"
        "过去五年|五年来|五年|今年|去年|明年|近年来|近年|多年来|多年", // time frames: "五年全国公路建设投资…"
    ];

    /// <summary>Verbs that govern a name from the left, where they open its piece.</summary>
    static readonly string[] VerbRows =
    [
        "建好|用好|管好|建强|建优|做实|做优|做好|做细|用活|好", // verb + 好/强/实/优, to do something well: "建好用好…平台", "建设好…"
        "申建|开建|续建|筹建|共建|新扩建|改扩建|新改建|扩能", // to apply for, begin, continue or share a construction: "申建…物流中心"
        "升级|提档升级|提档|提级|提速|力促|抓紧", // to raise or hurry: "升级省一体化公共数据平台", "提速…港一期"
        "运营|运行|投运|投产|上线|开放|启用|成立", // to run or open: "运营国家区域医疗中心", "上线…服务平台"
        "引导规范|引导|规范|增强|丰富|保持|维护|服务保障|保障|依法|服务", // to steer, keep or serve: "引导规范民营医院", "服务保障中国星网"
        "推行|出台|编制|调整|布局|列入|纳入|用于|包括|拨付|动员|搭建|对接|清理|组织|参与|致力于", // acts of policy: "出台…政策", "用于…工程"
        "拓宽|重建|共治|共享|进入|禁止|严禁|限制|控制", // more verbs with an object: "拓宽…通道", "重建家园"
    ];

    /// <summary>Ranks that follow a count before a kind: "8个国家级台湾农民创业园" counts 台湾农民创业园.</summary>
    static readonly string[] RankRows =
    [
        "国家级|省部级|省级|市级|县级|区级", // the level a kind is recognised at, after a count or a quantifier of many
    ];

    static readonly WordTable Many = WordTable.Parse(string.Join("|", ManyRows));
    static readonly WordTable Ranks = WordTable.Parse(string.Join("|", RankRows));
    static readonly WordTable Others = WordTable.Parse(string.Join("|", FrameRows.Concat(VerbRows)));

    /// <summary>How many characters of text[start..end) open it, and whether a quantifier of many was among them.</summary>
    public static (int Length, bool Many) At(string text, int start, int end)
    {
        int at = start;
        bool many = false;
        while (at < end)
        {
            if (Many.MatchAt(text, at, start, end) is > 0 and var quantifier) { at += quantifier; many = true; }
            else if (CountLength(text, at, end) is > 0 and var count) { at += count; many = true; }
            else if (many && Ranks.MatchAt(text, at, start, end) is > 0 and var rank) at += rank;
            else if (Others.MatchAt(text, at, start, end) is > 0 and var word) at += word;
            else if (YearLength(text, at, end) is > 0 and var year) at += year;
            else break;
        }
        return (at - start, many);
    }

    /// <summary>A count opening the piece, "8个", "12家", "三座": a number and a measure word for things.</summary>
    static int CountLength(string text, int at, int end)
    {
        int digits = 0;
        while (at + digits < end && (char.IsAsciiDigit(text[at + digits]) || "一二三四五六七八九十两百".Contains(text[at + digits]))) digits++;
        return digits > 0 && at + digits < end - 1 && "个家座所处条项".Contains(text[at + digits]) ? digits + 1 : 0;
    }

    /// <summary>A year opening the piece, "1955年" (folded digits): a date, not part of the name.</summary>
    static int YearLength(string text, int at, int end)
    {
        int digits = 0;
        while (at + digits < end && char.IsAsciiDigit(text[at + digits])) digits++;
        return digits == 4 && at + 4 < end && text[at + 4] == '年' ? 5 : 0;
    }
}
