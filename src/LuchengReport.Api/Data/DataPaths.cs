namespace LuchengReport.Api.Data;

/// <summary>
/// Where the seeds, the curated tables and the database live: <c>Data:SeedsPath</c>, <c>Data:CuratedPath</c> and
/// <c>Data:DatabasePath</c> (environment: <c>Data__SeedsPath</c> …), by default the repository's <c>seeds/</c>,
/// <c>data/</c> and <c>data/lucheng.db</c>, found by walking up to <c>LuchengReport.sln</c> so <c>dotnet run</c> works
/// from anywhere. Without a repository, the curated tables are looked for in <c>data/</c> beside the seeds.
/// </summary>
public sealed record DataPaths(string SeedsPath, string DatabasePath, string CuratedPath)
{
    public static DataPaths From(IConfiguration configuration, string contentRoot)
    {
        var root = FindRepositoryRoot(contentRoot) ?? FindRepositoryRoot(AppContext.BaseDirectory) ?? contentRoot;
        var seeds = Path.GetFullPath(configuration["Data:SeedsPath"] ?? Path.Combine(root, "seeds"));
        return new DataPaths(
            seeds,
            Path.GetFullPath(configuration["Data:DatabasePath"] ?? Path.Combine(root, "data", "lucheng.db")),
            Path.GetFullPath(configuration["Data:CuratedPath"] ?? LuchengReport.Core.Import.SeedSet.DefaultCuratedFolder(seeds)));
    }

    static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "LuchengReport.sln"))) return directory.FullName;
        return null;
    }
}
