using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

/// <summary>
/// The hand-labelled list of the seed report's named projects (lucheng-2021.projects.labelled.csv, read by a person
/// paragraph by paragraph) and of generic phrases shaped like names that must not be served.
/// </summary>
public sealed record LabelledProject(string Name, string Label, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> Keys => new[] { Name }.Concat(Aliases).Select(Key);

    public static string Key(string name) => new(name.Where(c => c is not ('“' or '”' or '"' or ' ')).ToArray());

    static readonly Lazy<IReadOnlyList<LabelledProject>> All = new(() =>
        CsvRecords.ReadFile(RepoFiles.LabelledProjects).Skip(1)
            .Select(r => new LabelledProject(r.Fields[0], r.Fields[1],
                r.Fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList());

    public static IReadOnlyList<LabelledProject> Projects => All.Value.Where(p => p.Label == "project").ToList();
    public static IReadOnlyList<LabelledProject> Generic => All.Value.Where(p => p.Label == "generic").ToList();

    /// <summary>Whether a served project is this one: a name or alias of each is a name or alias of the other.</summary>
    public bool Matches(Project served) =>
        new[] { served.Name }.Concat(served.Aliases).Select(Key).Intersect(Keys).Any();
}

/// <summary>Recall and precision of served projects against the labelled list.</summary>
public sealed record Score(int Labelled, int Found, int Served, int Real, IReadOnlyList<string> Missed, IReadOnlyList<string> Unlabelled)
{
    public double Recall => (double)Found / Labelled;
    public double Precision => (double)Real / Served;

    public static Score Of(IReadOnlyList<Project> served, IReadOnlyList<LabelledProject> labelled)
    {
        var missed = labelled.Where(l => !served.Any(l.Matches)).Select(l => l.Name).ToList();
        var unlabelled = served.Where(s => !labelled.Any(l => l.Matches(s))).Select(s => s.Name).ToList();
        return new Score(labelled.Count, labelled.Count - missed.Count, served.Count, served.Count - unlabelled.Count, missed, unlabelled);
    }

    public override string ToString() =>
        $"recall {Found}/{Labelled}, precision {Real}/{Served}; missed: {string.Join(", ", Missed)}; unlabelled: {string.Join(", ", Unlabelled)}";
}
