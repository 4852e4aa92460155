using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Where each of a set of keys occurs in the paragraphs, found in one pass over their text rather than one search per
/// key and paragraph. A key's places in a paragraph are the ones a left-to-right search finds when it resumes after
/// each hit: "鞋都鞋都鞋都" holds 鞋都鞋都 once, at 0.
/// </summary>
internal sealed class KeyPlaces
{
    readonly Dictionary<string, List<(int Paragraph, int At)>> _places = new(StringComparer.Ordinal);

    public IReadOnlyList<(int Paragraph, int At)> Of(string key) => _places.TryGetValue(key, out var places) ? places : [];

    public static KeyPlaces Find(IEnumerable<string> keys, IReadOnlyList<ParagraphText> paragraphs)
    {
        var result = new KeyPlaces();
        var byFirst = new Dictionary<char, List<string>>();
        foreach (var key in keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            result._places[key] = [];
            if (!byFirst.TryGetValue(key[0], out var starting)) byFirst[key[0]] = starting = [];
            starting.Add(key);
        }
        if (result._places.Count == 0) return result;

        // Jump from one possible first character to the next, then compare the few keys that start with it. (A
        // multi-string SearchValues falls back to a dictionary lookup per character for CJK keys.)
        var firstChars = new CharSet(byFirst.Keys);
        var resumeAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            resumeAt.Clear();
            for (int from = 0; from < text.Length;)
            {
                int at = firstChars.IndexIn(text, from);
                if (at < 0) break;
                foreach (var key in byFirst[text[at]])
                {
                    if (!text.AsSpan(at).StartsWith(key, StringComparison.Ordinal)) continue;
                    // Overlapping places of the same key are skipped, as a search resuming after the hit would.
                    if (resumeAt.TryGetValue(key, out int resume) && at < resume) continue;
                    result._places[key].Add((p, at));
                    resumeAt[key] = at + key.Length;
                }
                from = at + 1;
            }
        }
        return result;
    }
}
