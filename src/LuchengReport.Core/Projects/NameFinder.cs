using System.Text.RegularExpressions;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Finds project names in one paragraph's folded text, clause by clause. Names are pieces ending in a head word;
/// enumerations add what the head words alone miss: members of a list closed by "等…项目/工程/平台" are projects
/// whatever their shape (喜马拉雅有声阅读), members of a list mostly made of names are names (中国鞋都 beside 炬光园),
/// and members of a list whose last member ends in a shared descriptor share it (五马-墨池、朔门、庆年坊历史文化街区).
/// A list closed by "等…品牌/举措/活动" holds no projects (“雪亮工程”等智慧治理品牌).
/// </summary>
internal static partial class NameFinder
{
    /// <summary>
    /// The names of one paragraph, working in <paramref name="lists"/>: a caller going through a report's paragraphs
    /// one at a time lends each the same lists. Nothing found keeps a reference to them.
    /// </summary>
    public static List<RawMention> Find(string text, IReadOnlyList<string> placeStems, Lists lists)
    {
        var found = new List<RawMention>();
        var pieces = new Pieces(text, lists.Boundaries, lists.Heads, lists.Quoted);
        foreach (var clause in Clauses.Split(text, lists.Clauses)) FindInClause(pieces, clause, placeStems, found, lists);
        return found;
    }

    /// <summary>
    /// Working lists reused from clause to clause and from paragraph to paragraph: most clauses name nothing, and
    /// growing fresh lists for each paragraph's boundaries and clauses was much of the extractor's garbage.
    /// </summary>
    internal sealed class Lists
    {
        public readonly List<Member> Members = [];
        public readonly List<Span> Items = [], Pieces = [];
        public readonly List<bool> IsNamed = [];
        public readonly List<Span> Boundaries = [], Heads = [], Quoted = [], Clauses = [];
    }

    /// <summary>A member of a clause's enumeration: its item, and the name it holds or else its bare words.</summary>
    internal readonly record struct Member(Span Item, Span? Named, Span? Bare)
    {
        /// <summary>A member whose name says nothing of its own ("虹桥", "东园") is bare for the list rules.</summary>
        public Span? BareFor(bool specific) => Bare ?? (specific ? null : Named);
    }

    static void FindInClause(Pieces pieces, Span clause, IReadOnlyList<string> placeStems, List<RawMention> found, Lists lists)
    {
        var text = pieces.Text;
        var (members, descriptor) = Members(pieces, clause, lists);
        if (members.Count == 0) return;
        bool enumeration = false;
        foreach (var m in members) enumeration |= m.Item != members[0].Item;
        var kind = descriptor is { } d ? ListKinds.Of(d.Of(text)) : ListKind.Neutral;
        if (kind == ListKind.NotProjects) return;

        // Whether each member's name is specific, decided once: the list rules below ask several times.
        var isNamed = lists.IsNamed;
        isNamed.Clear();
        foreach (var m in members) isNamed.Add(m.Named is { } n && IsSpecific(n.Of(text), placeStems));
        int named = isNamed.Count(x => x);
        var context = descriptor?.Of(text) ?? "";
        var firstStart = members[0].Named?.Start ?? members[0].Bare?.Start ?? members[0].Item.Start;
        var last = members[^1];
        var lastEnd = last.Named?.End ?? last.Bare?.End ?? last.Item.End;
        string? shared = null;
        // One name closing a list of short bare members lends them its descriptor part.
        if (named == 1 && last.Named is { } lastName && members.Count > 1 && kind != ListKind.Projects
            && AllShortAndBare(members, isNamed, members.Count - 1))
            shared = Specificity.SharedSuffix(lastName.Of(text));

        for (int k = 0; k < members.Count; k++)
        {
            var member = members[k];
            var ownLeft = new Span(member.Item.Start, (member.Named ?? member.Bare ?? member.Item).Start);
            if (member.Named is { } n && (isNamed[k] || shared is null || member == last))
                Add([n], n, isNamed[k]);
            else if (member.BareFor(isNamed[k]) is { } bare && (kind == ListKind.Projects || named * 2 >= members.Count || shared is not null))
                foreach (var (parts, surface, specific) in BareNames(pieces, bare, kind, shared, last.Named, descriptor, placeStems))
                    Add(parts, surface, specific);

            void Add(IReadOnlyList<Span> parts, Span surface, bool specific)
            {
                var status = StatusWords.Find(text, new Span(ownLeft.Start, surface.Start), new Span(clause.Start, firstStart),
                    new Span(surface.End, member.Item.End), new Span(lastEnd, clause.End));
                bool alone = !enumeration && kind != ListKind.Projects && status is null;
                bool trusted = !(alone && NameShapes.WeakHead().IsMatch(surface.Of(text)));
                found.Add(new RawMention(parts, surface, clause, status, specific && trusted, context) { Written = RawMention.WrittenAround(text, clause, surface) });
            }
        }
    }

    /// <summary>Whether the first <paramref name="count"/> members are all bare and short (at most six characters).</summary>
    static bool AllShortAndBare(List<Member> members, List<bool> isNamed, int count)
    {
        for (int k = 0; k < count; k++)
            if (members[k].BareFor(isNamed[k]) is not { Length: <= 6 }) return false;
        return true;
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
                if (NameShapes.NumberSlogan().IsMatch(q.Value)) continue;
                yield return (head is { } h ? [span, h] : [span], span, true);
            }
            yield break;
        }
        if (NameShapes.QuotedOnly().IsMatch(value) || value.Length < 2 || value.Length > 16) yield break;
        bool specific = kind == ListKind.Projects
            ? !NameShapes.CountBefore().IsMatch(value) && Specificity.Residual(value).Length >= 2
            : IsSpecific(value, placeStems) && Specificity.Residual(value).Length >= 3;
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
                if (pieces.NameIn(piece) is { } name) members.Add(new Member(own, name, null));
            if (members.Count == before) members.Add(new Member(own, null, split.Count > 0 ? pieces.Bare(split[^1]) : null));
            if (descriptor is not null) break;
        }
        return (members, descriptor);
    }
}
