namespace LuchengReport.Core.Tests.Projects;

/// <summary>
/// Files of the repository the tests read in place (the labelled list, the curated table): found by walking up from
/// the test binaries to the folder holding LuchengReport.sln, so no copy step is needed.
/// </summary>
public static class RepoFiles
{
    static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LuchengReport.sln"))) return dir.FullName;
        throw new InvalidOperationException("LuchengReport.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    public static string LabelledProjects => Path("tests", "LuchengReport.Core.Tests", "Projects", "lucheng-2021.projects.labelled.csv");
    public static string CuratedProjects => Path("data", "lucheng-2021.projects.curated.csv");
}
