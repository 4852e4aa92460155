using LuchengReport.Core.Model;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Projects;

/// <summary>One paragraph prepared for matching: its folded text and the time it speaks of.</summary>
internal sealed record ParagraphText(Paragraph Paragraph, FoldedText Folded, string? Period)
{
    public string Text => Folded.Text;

    /// <summary>The verbatim text of a folded span.</summary>
    public string Verbatim(Span span) => Paragraph.Text[Folded.OriginalStart(span.Start)..Folded.OriginalEnd(span.End)];
}

/// <summary>A name found at one place, with its comparison key (folded, without quotes).</summary>
internal sealed record Occurrence(ParagraphText Where, RawMention Raw)
{
    public string Key { get; } = Keys.Of(Raw.Name(Where.Text));
    public string Name => Raw.NameSpans.Count == 1 ? Where.Verbatim(Raw.NameSpans[0]) : string.Concat(Raw.NameSpans.Select(Where.Verbatim));
    public string Surface => Where.Verbatim(Raw.Surface);
    public int Ordinal => Where.Paragraph.Ordinal;
}

/// <summary>A project being assembled: the occurrences of all its name variants.</summary>
internal sealed class ProjectDraft(Occurrence first)
{
    public List<Occurrence> Occurrences { get; } = [first];
    /// <summary>The key of the name the project goes by; null lets the most used variant win.</summary>
    public string? CanonicalKey { get; set; }
    public HashSet<string> Keys { get; } = [first.Key];
    public List<string> ExtraAliases { get; } = [];
    /// <summary>Specific somewhere, and never counted as a kind (see <see cref="RawMention.Counted"/>).</summary>
    public bool Specific => Occurrences.Any(o => o.Raw.Specific) && !Occurrences.Any(o => o.Raw.Counted);

    public void Absorb(ProjectDraft other)
    {
        Occurrences.AddRange(other.Occurrences);
        Keys.UnionWith(other.Keys);
        ExtraAliases.AddRange(other.ExtraAliases);
    }

    /// <summary>The name: the canonical variant, else the most mentioned one, longer first on a tie.</summary>
    public string Name()
    {
        var named = Occurrences.Where(o => CanonicalKey is null || o.Key == CanonicalKey).DefaultIfEmpty(Occurrences[0]);
        return named.GroupBy(o => o.Key).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Min(o => o.Ordinal)).First().First().Name;
    }

    /// <summary>
    /// Every other variant, the bare list member behind a name built from a list ("五马-墨池" of
    /// 五马-墨池历史文化街区, "“先瓯原乡·戍浦新韵”" of its 乡村振兴示范带), and the name with what clings to
    /// it ("“1+2+6+N”“城市大脑”鹿城分平台", "解放街改造"): that is how the text names it. And the structure a works project is
    /// about ("市中心医院双屿院区" of its 扩建项目), the name a reader may look for.
    /// </summary>
    public IReadOnlyList<string> Aliases(string name)
    {
        var candidates = Occurrences.Select(o => o.Name).Concat(ExtraAliases)
            .Concat(Occurrences.Where(o => o.Raw.NameSpans.Count > 1).Select(o => o.Surface))
            .Concat(Occurrences.Where(o => o.Raw.Written is not null).Select(o => o.Where.Verbatim(o.Raw.Written!.Value)))
            .Concat(Occurrences.Select(o => AliasRules.StructureOf(o.Name)).OfType<string>());
        // The first variant of each key other than the name's. A project is named the same way many times over, so a
        // string already seen is skipped before its key is made.
        var nameKey = Projects.Keys.Of(name);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new List<string>();
        foreach (var alias in candidates)
            if (seen.Add(alias) && Projects.Keys.Of(alias) is var key && key != nameKey && keys.Add(key)) aliases.Add(alias);
        return aliases;
    }
}

/// <summary>Comparison keys for names: folded, without quotes or spaces, so “两个健康”法治研究中心 = "两个健康"法治研究中心.</summary>
internal static class Keys
{
    /// <remarks>One pass into a buffer: keys are made for every name found, so this runs per mention.</remarks>
    public static string Of(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int n = 0;
        foreach (char original in name)
        {
            char c = FoldedText.FoldChar(original);
            if (!FoldedText.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '\'' or '‘' or '’')) buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }
}
