using System.Text.RegularExpressions;

namespace LuchengReport.Core.Projects;

/// <summary>The members of a clause's enumeration, and the names a member without a head word may give.</summary>
internal static partial class NameFinder
{
    /// <summary>The members of the clause's enumeration (cut at 、, ended by 等) and what follows 等.</summary>
    static (List<Member> Members, Span? Descriptor) Members(Pieces pieces, Span clause, Lists lists)
    {
        var members = lists.Members;
        members.Clear();
        Span? descriptor = null;
        foreach (var item in Clauses.Items(pieces.Text, clause, lists.Items))
        {
            var own = item;
            int etc = pieces.EtcIndex(item);
            if (etc >= 0)
            {
                own = new Span(item.Start, etc);
                descriptor = new Span(etc + 1, clause.End);
            }
            var split = pieces.Split(own, lists.Pieces);
            // An item may hold several names ("区疾控中心大楼和区人民医院新院"); each is its own member.
            int before = members.Count;
            foreach (var piece in split)
                if (pieces.NameIn(piece) is { } name) members.Add(new Member(own, name, null, pieces.OpensWithMany(piece)));
            if (members.Count == before)
                members.Add(split.Count > 0
                    ? new Member(own, null, BareOf(pieces, split[^1]), pieces.OpensWithMany(split[^1]), AfterVerb(pieces.Text, own, split))
                    : new Member(own, null, null, false));
            if (descriptor is not null) break;
        }
        return (members, descriptor);
    }

    /// <summary>
    /// Whether the last piece of an item follows a verb of the item's own ("…、加快南平…发展"): the item opens with a
    /// boundary, or a boundary other than a joining word (和, 与, 及, 或: "通苏嘉甬高铁和宁淮城际铁路") cuts it.
    /// </summary>
    static bool AfterVerb(string text, Span item, List<Span> split)
    {
        if (split[0].Start > item.Start) return true;
        for (int i = 1; i < split.Count; i++)
            if (text[split[i].Start - 1] is not ('和' or '与' or '及' or '或')) return true;
        return false;
    }

    /// <summary>A member's bare words, or null when the piece names a kind of works ("天然林保护" is no "天然林").</summary>
    static Span? BareOf(Pieces pieces, Span piece) =>
        GenericWords.EndsInKindOfWorks(piece.Of(pieces.Text)) ? null : pieces.Bare(piece);

    /// <summary>Whether the first <paramref name="count"/> members are all bare and short (at most six characters).</summary>
    static bool AllShortAndBare(List<Member> members, List<bool> isNamed, int count)
    {
        for (int k = 0; k < count; k++)
            if (members[k].BareFor(isNamed[k]) is not { Length: <= 6 }) return false;
        return true;
    }

    /// <summary>
    /// Whether half or more of the members without a name of their own name a kind ("新能源、生物医药、海工装备等…项目", "硅基、铝锰基、
    /// 大数据算力等绿电园区"): a list enumerates one sort of thing, so then none of its bare members is a name.
    /// </summary>
    static bool MostlyKinds(string text, List<Member> members)
    {
        int bare = 0, kinds = 0;
        for (int k = 0; k < members.Count; k++)
            if (members[k].Bare is { } words)
            {
                bare++;
                if (NamesAKind(words.Of(text))) kinds++;
            }
        return bare > 0 && kinds * 2 >= bare;
    }

    /// <summary>
    /// A bare member that names a kind: too short to hold a name and a kind ("电力", "戏曲"), a kind of works or people
    /// ("城市污水处理", "青年拔尖人才"), an adjective of kind cut from its noun ("阜阳商贸服务型"), or nothing of its own once the generic
    /// words are gone ("新能源", "生物医药"). Members wholly in quotes are the text's own names and are judged elsewhere.
    /// </summary>
    static bool NamesAKind(string value) =>
        !NameShapes.QuotedOnly().IsMatch(value) && (value.Length < 3 || GenericWords.EndsInKind(value) || value[^1] == '型' || NotNames.Any(value)
            || NameShapes.CountBefore().IsMatch(value) || Specificity.Residual(value).Length < 2 || HeadBeforeTheEnd(value));

    /// <summary>
    /// A head word of two characters or more with words after it: a name and what is said of it ("…铁路大桥运营效能",
    /// "…二期多功能多元化使用"). A one-character head is as often the end of a place ("蒙城", "新洋港"), and a head
    /// followed by a place character is inside a longer name ("姚家园路东延"); both are let be.
    /// </summary>
    static bool HeadBeforeTheEnd(string value)
    {
        if (NameShapes.LastHead(value) is not { Length: >= 2 } head || head.End == value.Length) return false;
        var place = NameShapes.PlaceCharacter().Match(value, head.End);
        return !(place.Success && place.Index == head.End);
    }

    /// <summary>Names made of a bare list member: itself, itself plus the shared suffix, or each quoted phrase plus the list's descriptor.</summary>
    static IEnumerable<(IReadOnlyList<Span>, Span, bool)> BareNames(Pieces pieces, Span bare, ListKind kind, string? shared,
        Span? lastNamed, Span? descriptor, IReadOnlyList<string> placeStems)
    {
        var text = pieces.Text;
        var value = bare.Of(text);
        if (shared is not null && lastNamed is { } ln)
        {
            var suffix = new Span(ln.End - shared.Length, ln.End);
            yield return ([bare, suffix], bare, IsSpecific(value + shared, placeStems) || Specificity.Residual(value).Length >= 2);
            yield break;
        }
        var quoted = NameShapes.Quoted().Matches(value);
        if (kind == ListKind.Projects && quoted.Count > 0 && quoted.Sum(q => q.Length) == value.Length)
        {
            // “先瓯原乡·戍浦新韵”“古埠人家·藤南雅韵”等乡村振兴示范带: each brand names one 示范带.
            var head = descriptor is { } d ? DescriptorHead(pieces, d) : null;
            foreach (Match q in quoted)
            {
                var span = new Span(bare.Start + q.Index, bare.Start + q.Index + q.Length);
                if (NameShapes.NumberSlogan().IsMatch(q.Value) || NotNames.Any(q.Value)) continue;
                yield return (head is { } h ? [span, h] : [span], span, true);
            }
            yield break;
        }
        if (NameShapes.QuotedOnly().IsMatch(value) || value.Length < 2 || value.Length > 16) yield break;
        // Where the list does not say it holds projects, a member without a head word must be long enough to hold a name
        // and be specific ("中国鞋都" beside 炬光园), not a short stem of a name whose head the next member carries ("青藏、康藏公路").
        bool specific = !NamesAKind(value) && (kind == ListKind.Projects || value.Length >= 4 && IsSpecific(value, placeStems));
        yield return ([bare], bare, specific);
    }

    static bool IsSpecific(string name, IReadOnlyList<string> placeStems) =>
        !NameShapes.QuotedOnly().IsMatch(name) && Specificity.IsSpecific(name, placeStems);

    /// <summary>The descriptor's own head, when it is more than 项目/工程: "乡村振兴示范带建设" → "乡村振兴示范带".</summary>
    static Span? DescriptorHead(Pieces pieces, Span descriptor)
    {
        var piece = pieces.Split(descriptor).FirstOrDefault();
        if (piece.Length == 0) return null;
        var name = pieces.NameIn(piece);
        return name is { } n && !GenericHead().IsMatch(n.Of(pieces.Text)) ? n : null;
    }

    /// <summary>A descriptor that only says "project": "重点项目", "重大工程".</summary>
    [GeneratedRegex(@"(?:项目|工程)$")]
    private static partial Regex GenericHead();
}
