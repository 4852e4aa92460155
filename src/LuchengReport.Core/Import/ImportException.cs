namespace LuchengReport.Core.Import;

/// <summary>An input the importer refuses. The message always names the file and the problem.</summary>
public sealed class ImportException(string file, string problem) : Exception($"{file}: {problem}")
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
}
