using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using LuchengReport.Core.Import;

namespace LuchengReport.Api.Tests;

/// <summary>Start-up as an operator meets it, with the real API process: no usable data means no start.</summary>
public sealed class StartupTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("lucheng-start-").FullName;
    string Seeds => Path.Combine(_dir, "seeds");
    string Database => Path.Combine(_dir, "lucheng.db");

    public StartupTests() => Directory.CreateDirectory(Seeds);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task With_a_bad_seed_and_no_database_the_api_exits_non_zero_with_the_importers_message()
    {
        File.WriteAllText(Path.Combine(Seeds, "broken.txt"), "notes: the report goes here\n");
        using var api = StartApi();
        Assert.True(api.WaitForExit(60_000), "the API kept running without a database");
        Assert.NotEqual(0, api.ExitCode);
        Assert.Contains("broken.txt: the file holds no Chinese text", await api.StandardError.ReadToEndAsync());
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task With_good_seeds_but_a_database_path_that_cannot_be_created_the_api_exits_non_zero_with_the_importers_message()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "seeds", "lucheng-2021.txt"), Path.Combine(Seeds, "lucheng-2021.txt"));
        File.WriteAllText(Path.Combine(_dir, "a-file"), "");
        using var api = StartApi(database: Path.Combine(_dir, "a-file", "lucheng.db"));
        var stderr = api.StandardError.ReadToEndAsync();
        Assert.True(api.WaitForExit(60_000), "the API kept running without a database");
        Assert.NotEqual(0, api.ExitCode);
        Assert.Contains("a-file/lucheng.db: cannot write the database", await stderr);
    }

    [Fact]
    public async Task With_a_good_database_and_a_changed_broken_seed_the_api_keeps_serving_and_warns()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "seeds", "lucheng-2021.txt"), Path.Combine(Seeds, "lucheng-2021.txt"));
        Importer.Import(Seeds, Database);
        var before = await File.ReadAllBytesAsync(Database);
        File.WriteAllBytes(Path.Combine(Seeds, "lucheng-2021.txt"), []);

        using var api = StartApi();
        try
        {
            var output = new StringBuilder();
            string? url = null;
            while (url is null && await api.StandardOutput.ReadLineAsync() is { } line)
            {
                output.AppendLine(line);
                url = Regex.Match(line, @"Now listening on: (http://\S+)") is { Success: true } m ? m.Groups[1].Value : null;
            }
            Assert.True(url is not null, $"the API did not start: {output}");
            Assert.Contains("still serving the existing database", output.ToString());
            // A warning (single- or multi-line console format) that names the file and the importer's problem.
            Assert.Matches(@"warn: \S+\s+The seeds could not be imported \([^\n]*lucheng-2021\.txt: the file is empty\)", output.ToString());
            using var client = new HttpClient();
            var health = await client.GetStringAsync($"{url}/healthz");
            Assert.Contains("\"paragraphs\":62", health);
            Assert.Equal(before, await File.ReadAllBytesAsync(Database));
        }
        finally
        {
            api.Kill(entireProcessTree: true);
        }
    }

    Process StartApi(string? database = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LuchengReport.Api.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Data__SeedsPath"] = Seeds;
        start.Environment["Data__DatabasePath"] = database ?? Database;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        return Process.Start(start)!;
    }
}
