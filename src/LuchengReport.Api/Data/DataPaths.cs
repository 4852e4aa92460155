namespace LuchengReport.Api.Data;

/// <summary>
/// Where the seeds and the database live: <c>Data:SeedsPath</c> and <c>Data:DatabasePath</c> (environment:
/// <c>Data__SeedsPath</c>, <c>Data__DatabasePath</c>), by default the repository's <c>seeds/</c> and
/// <c>data/lucheng.db</c>, found by walking up to <c>LuchengReport.sln</c> so <c>dotnet run</c> works from anywhere.
/// </summary>
public sealed record DataPaths(string SeedsPath, string DatabasePath)
{
    public static DataPaths From(IConfiguration configuration, string contentRoot)
    {
        var root = FindRepositoryRoot(contentRoot) ?? FindRepositoryRoot(AppContext.BaseDirectory) ?? contentRoot;
        return new DataPaths(
            Path.GetFullPath(configuration["Data:SeedsPath"] ?? Path.Combine(root, "seeds")),
            Path.GetFullPath(configuration["Data:DatabasePath"] ?? Path.Combine(root, "data", "lucheng.db")));
    }

    static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "LuchengReport.sln"))) return directory.FullName;
        return null;
    }
}
