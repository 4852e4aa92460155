using System.Text.RegularExpressions;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Gathers the variants of one name into one project. Variants are told apart by rules on the names alone, or on
/// the paragraph around a short form:
/// <list type="bullet">
/// <item>a name plus a works word is the same project: 温州国际未来科技岛项目, 104国道鹿城段主体工程, 鹿城工业区片区开发;</item>
/// <item>a name with a word or two inserted is the same project: 四川大学温州鞋革(产业)研究院, 五马(街)-禅街;</item>
/// <item>a long enough tail of a name is the same project: 西部多式联运枢纽 = 鹿城西部多式联运枢纽;</item>
/// <item>a short tail too, where the paragraph names the rest nearby: 东园 = 江心屿东园 in "江心屿整岛开发,全面完成东园改造".</item>
/// </list>
/// Generic names that are no one's variant are dropped.
/// </summary>
internal static partial class AliasRules
{
    public static List<ProjectDraft> Merge(IEnumerable<Occurrence> occurrences)
    {
        var byKey = new Dictionary<string, ProjectDraft>();
        foreach (var o in occurrences)
            if (byKey.TryGetValue(o.Key, out var draft)) draft.Occurrences.Add(o);
            else byKey[o.Key] = new ProjectDraft(o);

        var specific = byKey.Values.Where(d => d.Specific).OrderBy(d => d.Keys.First().Length).ToList();
        var merged = new List<ProjectDraft>();
        foreach (var draft in specific)
        {
            var key = draft.Keys.First();
            var into = merged.FirstOrDefault(m => m.Keys.Any(k => SameProject(k, key)));
            if (into is null) { merged.Add(draft); continue; }
            var variantOf = into.Keys.First(k => SameProject(k, key));
            into.Absorb(draft);
            if (WorksVariant(variantOf, key) is { } core) into.CanonicalKey ??= core;
        }

        // The projects' keys in the order they are tried (project by project, key by key), by last character.
        var byLastChar = new Dictionary<char, List<(ProjectDraft Owner, string Key)>>();
        foreach (var m in merged)
            foreach (var k in m.Keys.Where(k => k.Length > 0))
            {
                if (!byLastChar.TryGetValue(k[^1], out var keys)) byLastChar[k[^1]] = keys = [];
                keys.Add((m, k));
            }
        foreach (var (key, draft) in byKey)
        {
            if (key.Length < 2 || draft.Specific || !byLastChar.TryGetValue(key[^1], out var sameEnd)) continue;
            // The longer names this one may be the short form of, worked out once per name; then only the paragraph of
            // each occurrence is looked at.
            var longer = new List<(ProjectDraft Owner, string Before)>();
            foreach (var (owner, k) in sameEnd)
                if (EndsIn(k, key)) longer.Add((owner, k[..^key.Length]));
            if (longer.Count == 0) continue;
            foreach (var o in draft.Occurrences)
                foreach (var (owner, before) in longer)
                    if (o.Where.Text.Contains(before, StringComparison.Ordinal))
                    {
                        owner.Occurrences.Add(o);
                        break;
                    }
        }
        return merged;
    }

    /// <summary>Whether two specific names are variants of one project (either way round).</summary>
    public static bool SameProject(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (WorksVariant(shorter, longer) is not null) return true;
        if (longer.EndsWith(shorter, StringComparison.Ordinal) && shorter.Length >= 5) return true;
        return longer.Length - shorter.Length <= 2 && shorter.Length >= 4 && IsSubsequence(shorter, longer)
            && shorter[..2] == longer[..2] && shorter[^2..] == longer[^2..];
    }

    /// <summary>The core of a pair "name" / "name + works word", or null.</summary>
    static string? WorksVariant(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.StartsWith(shorter, StringComparison.Ordinal) && WorksWord().IsMatch(longer[shorter.Length..]) ? shorter : null;
    }

    /// <summary>
    /// "东园" may be a short form of "江心屿东园": it is one where the paragraph also says the rest, "江心屿"
    /// (<see cref="Merge"/> checks that per occurrence).
    /// </summary>
    static bool EndsIn(string longKey, string shortKey) =>
        shortKey.Length >= 2 && longKey.Length > shortKey.Length && longKey.EndsWith(shortKey, StringComparison.Ordinal);

    static bool IsSubsequence(string shorter, string longer)
    {
        int i = 0;
        foreach (var c in longer) if (i < shorter.Length && shorter[i] == c) i++;
        return i == shorter.Length;
    }

    /// <summary>
    /// The structure a works project is about, when its name says: "市中心医院双屿院区扩建项目" → "市中心医院双屿院区",
    /// "绕城高速北线藤桥连接线改建工程" → "绕城高速北线藤桥连接线". Null when the rest names no structure ("松台山提升工程").
    /// </summary>
    public static string? StructureOf(string name)
    {
        if (WorksSuffix().Match(name) is not { Success: true } works || works.Index == 0) return null;
        var core = name[..works.Index];
        return NameShapes.LastHead(core) is { } head && head.Start > 0 && head.End == core.Length ? core : null;
    }

    /// <summary>Works done to a structure, closing a project's name: "扩建项目", "改建工程", "改造加固工程".</summary>
    [GeneratedRegex(@"(?:扩建|改建|改造|加固|提升|整治|新建|迁建)+(?:项目|工程)$")]
    private static partial Regex WorksSuffix();

    /// <summary>Words naming the works on a project rather than another project: "项目", "主体工程", "片区开发", "扩建项目".</summary>
    [GeneratedRegex(@"^(?:项目|工程|主体工程|片区开发|整岛开发|开发|建设|扩建项目|改建|改造|提升工程)$")]
    private static partial Regex WorksWord();
}
