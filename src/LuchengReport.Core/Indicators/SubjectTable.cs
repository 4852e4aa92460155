namespace LuchengReport.Core.Indicators;

/// <summary>
/// The curated table of one indicator's spellings across reports: <c>subjects.tsv</c> beside this file, embedded in
/// the assembly. Each row gives the shared key, how a result is judged against a target, the other spellings and why.
/// </summary>
internal static class SubjectTable
{
    const string Resource = "LuchengReport.Core.Indicators.subjects.tsv";

    static readonly Lazy<(Dictionary<string, string> Keys, Dictionary<string, string> Judged)> Table = new(Load);

    /// <summary>The key of a folded spelling the table knows (the key itself included), else null.</summary>
    public static string? KeyOf(string folded) => Table.Value.Keys.GetValueOrDefault(folded);

    /// <summary>higher, ceiling or level for a key of the table, else null.</summary>
    public static string? JudgedBy(string key) => Table.Value.Judged.GetValueOrDefault(key);

    static (Dictionary<string, string>, Dictionary<string, string>) Load()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var judged = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(SubjectTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the embedded resource {Resource} is missing from the build");
        using var lines = new StreamReader(stream);
        while (lines.ReadLine() is { } line)
        {
            // "地区生产总值<TAB>higher<TAB>生产总值、国内生产总值…<TAB>why"
            if (line.Length == 0 || line[0] == '#') continue;
            var columns = line.Split('\t');
            if (columns.Length < 4 || !IndicatorVocabulary.Judgements.All.Contains(columns[1]))
                throw new InvalidOperationException($"{Resource}: a row needs a key, higher/ceiling/level, spellings and why: {line}");
            var key = SubjectKeys.Folded(columns[0]);
            judged[key] = columns[1];
            keys[key] = key;
            foreach (var spelling in columns[2].Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                keys[SubjectKeys.Folded(spelling)] = key;
        }
        return (keys, judged);
    }
}
