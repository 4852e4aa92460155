using System.Text.RegularExpressions;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Projects;

/// <summary>
/// The verb a clause attaches to a project, as written. A verb after the name that reports an event wins
/// ("七都大桥北汊桥正式通车", "…等工程全速推进"); otherwise the verb that governs the name from the left
/// ("启动温州国际未来科技岛项目建设", "开工建设绕城高速北线藤桥连接线改建工程"); otherwise a works word after it
/// ("…等重大项目前期", "解放街改造").
/// </summary>
internal static partial class StatusWords
{
    /// <param name="text">The paragraph's folded text.</param>
    /// <param name="ownLeft">Where to look for a governing verb first: the name's own item, before the name.</param>
    /// <param name="sharedLeft">Then before the first item of the enumeration.</param>
    /// <param name="ownRight">Where to look after the name: the rest of its own item.</param>
    /// <param name="sharedRight">Then after the enumeration's last member, to the end of the clause.</param>
    public static string? Find(string text, Span ownLeft, Span sharedLeft, Span ownRight, Span sharedRight)
    {
        var right = First(text, ownRight) ?? First(text, sharedRight);
        if (right is not null && EventWords.Contains(right)) return right;
        return Last(text, ownLeft) ?? Last(text, sharedLeft) ?? right;
    }

    static string? First(string text, Span span) =>
        span.Length > 0 && Verbs.Next(text, span.Start, span.Start, span.End, out var word) >= 0 ? word : null;

    /// <summary>
    /// The last verb on the left that governs the name. A works word (改造, 建设 …) governs it only when it stands
    /// right before it ("加快建设戍浦江…"); further off it belongs to another object ("启动三大工业平台改造和鞋都四期建设").
    /// </summary>
    static string? Last(string text, Span span)
    {
        if (span.Length <= 0) return null;
        string? last = null;
        for (int at = Verbs.Next(text, span.Start, span.Start, span.End, out var word); at >= 0;
             at = Verbs.Next(text, at + word.Length, span.Start, span.End, out word))
            if (!WorksWords.Contains(word) || at + word.Length == span.End) last = word;
        return last;
    }

    // The verbs are found with a word table rather than the regexes, which try their words one after another; the
    // regexes remain the definition (a test holds the two together).
    internal static readonly WordTable Verbs = WordTable.Parse(VerbWords);
    static readonly HashSet<string> WorksWords = [.. WorksWordList.Split('|')];
    static readonly HashSet<string> EventWords = [.. EventWordList.Split('|')];

    /// <summary>What a clause says happened or will happen to a project: "开工建设", "建成投用", "启动", "推进", "前期".</summary>
    [GeneratedRegex(VerbWords)]
    internal static partial Regex Verb();

    const string VerbWords = "开工建设|建成投用|开竣工|启动|开工|竣工|建成|投用|通车|开通|贯通|推进|推动|建设|打造|落地|落户|设立|完成|改造|提升|改建|扩建|开发|回收|亮相|入选|获评|获批|创成|前期|运营|整治|谋划";

    /// <summary>Words for the works rather than for an act on them.</summary>
    [GeneratedRegex("^(?:" + WorksWordList + ")$")]
    internal static partial Regex WorksWord();

    const string WorksWordList = "建设|改造|提升|改建|扩建|开发|前期|整治";

    /// <summary>The verbs that report an event, preferred when they follow the name: "建成投用", "通车", "重新启动".</summary>
    [GeneratedRegex("^(?:" + EventWordList + ")$")]
    internal static partial Regex Event();

    const string EventWordList = "建成投用|建成|投用|通车|开通|贯通|启动|开工|竣工|亮相|回收|入选|获评|获批|创成|落户|推进|推动|落地";
}
