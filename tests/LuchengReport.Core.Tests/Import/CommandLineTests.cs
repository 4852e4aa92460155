using System.Diagnostics;
using System.Text;

namespace LuchengReport.Core.Tests.Import;

/// <summary>The import verb as an operator runs it: a one-line summary and exit 0, or the problem and a non-zero exit.</summary>
public sealed class CommandLineTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("lucheng-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Import_prints_a_one_line_summary_and_exits_zero()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_dir, "seeds")).FullName;
        File.Copy(RealSeed.Path, Path.Combine(seeds, "lucheng-2021.txt"));
        var (exit, stdout, _) = Run("import", seeds, Path.Combine(_dir, "out.db"));
        Assert.Equal(0, exit);
        Assert.Matches(@"^Imported 1 report\(s\) \(lucheng-2021\): 3 parts, 22 items, 24 subsections, 62 paragraphs, \d+ indicators, \d+ projects -> .*out\.db in \d+ ms\n$", stdout);
    }

    [Fact]
    public void A_bad_seed_exits_non_zero_naming_the_file_and_writes_no_database()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_dir, "seeds")).FullName;
        File.WriteAllBytes(Path.Combine(seeds, "empty.txt"), []);
        var (exit, _, stderr) = Run("import", seeds, Path.Combine(_dir, "out.db"));
        Assert.Equal(1, exit);
        Assert.Contains("empty.txt: the file is empty", stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "out.db")));
    }

    [Fact]
    public void Wrong_arguments_print_usage_and_exit_two()
    {
        var (exit, _, stderr) = Run("export");
        Assert.Equal(2, exit);
        Assert.StartsWith("usage:", stderr);
    }

    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LuchengReport.Core.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the importer did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
