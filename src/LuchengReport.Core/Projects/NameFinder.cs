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
    /// <remarks>
    /// <paramref name="Many"/>: its piece opens with a quantifier of many ("一批…"), so it names a kind.
    /// <paramref name="AfterVerb"/>: its bare words follow a verb of their own item ("…、加快南平…发展"), so the item is a clause.
    /// </remarks>
    internal readonly record struct Member(Span Item, Span? Named, Span? Bare, bool Many, bool AfterVerb = false)
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
        // "建设一批概念验证中心、中试基地": a quantifier of many before the first member speaks for the whole list.
        bool kinds = members[0].Many;
        foreach (var m in members) isNamed.Add(!kinds && !m.Many && m.Named is { } n && IsSpecific(n.Of(text), placeStems));
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
        bool bareNames = !kinds && (kind == ListKind.Projects || named * 2 >= members.Count || shared is not null)
            && (shared is not null || !MostlyKinds(text, members));

        for (int k = 0; k < members.Count; k++)
        {
            var member = members[k];
            var ownLeft = new Span(member.Item.Start, (member.Named ?? member.Bare ?? member.Item).Start);
            if (member.Named is { } n && (isNamed[k] || shared is null || member == last))
                Add([n], n, isNamed[k]);
            else if (bareNames && !member.Many && !(k > 0 && member.AfterVerb) && member.BareFor(isNamed[k]) is { } bare)
                foreach (var (parts, surface, specific) in BareNames(pieces, bare, kind, shared, last.Named, descriptor, placeStems))
                    Add(parts, surface, specific);

            void Add(IReadOnlyList<Span> parts, Span surface, bool specific)
            {
                var status = StatusWords.Find(text, new Span(ownLeft.Start, surface.Start), new Span(clause.Start, firstStart),
                    new Span(surface.End, member.Item.End), new Span(lastEnd, clause.End));
                bool alone = !enumeration && kind != ListKind.Projects && status is null;
                bool trusted = !(alone && NameShapes.WeakHead().IsMatch(surface.Of(text)))
                    && !(status is null && NameShapes.InstitutionHead().IsMatch(surface.Of(text)));
                found.Add(new RawMention(parts, surface, clause, status, specific && trusted, context)
                    { Written = RawMention.WrittenAround(text, clause, surface), Counted = kinds || member.Many });
            }
        }
    }
}
