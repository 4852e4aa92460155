using System.Text;
using LuchengReport.Core.Import;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Tests.Import;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Tests.Robustness;

/// <summary>
/// What an operator may feed the importer, by mistake or not. Each input gives either a correct import or an
/// ImportException naming the file, which the command line turns into a non-zero exit; and a failed import leaves
/// the database that was there byte for byte as it was (the published data is never half-replaced).
/// </summary>
public sealed class ImporterInputTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("lucheng-robust-").FullName;
    string Seeds => Path.Combine(_dir, "seeds");
    string Output => Path.Combine(_dir, "out");
    string Database => Path.Combine(Output, "lucheng.db");

    public ImporterInputTests()
    {
        Directory.CreateDirectory(Seeds);
        File.Copy(RealSeed.Path, Path.Combine(Seeds, "lucheng-2021.txt"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (!OperatingSystem.IsWindows())
            foreach (var directory in Directory.GetDirectories(_dir, "*", SearchOption.AllDirectories))
                File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Bad seeds, each put beside the good report (so the folder holds two reports, one of them bad).</summary>
    public static TheoryData<string> BadSeeds => new(BadSeed.All.Keys);

    [Theory]
    [MemberData(nameof(BadSeeds))]
    public void A_bad_seed_fails_the_import_naming_the_file_and_the_previous_database_keeps_its_bytes(string kind)
    {
        Importer.Import(Seeds, Database);
        var before = File.ReadAllBytes(Database);
        var bad = BadSeed.Write(kind, Seeds);

        var error = Assert.Throws<ImportException>(() => Importer.Import(Seeds, Database));
        Assert.Equal(bad, error.File);
        Assert.StartsWith($"{bad}: ", error.Message);
        Assert.Equal(before, File.ReadAllBytes(Database));
        Assert.Equal(["lucheng.db"], Directory.GetFiles(Output).Select(Path.GetFileName));

        var (exit, stdout, stderr) = CommandLineTests.Run("import", Seeds, Database);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"import failed: {error.Message}\n", stderr);
        Assert.Equal(before, File.ReadAllBytes(Database));
    }

    /// <summary>Chinese text of an unfamiliar shape is a report the parser cannot structure, not a bad file.</summary>
    public static TheoryData<string> UnfamiliarShapes => new(UnfamiliarShape.All.Keys);

    [Theory]
    [MemberData(nameof(UnfamiliarShapes))]
    public void Chinese_text_of_an_unfamiliar_shape_is_imported_whole_with_a_warning_on_its_report(string kind)
    {
        File.WriteAllBytes(Path.Combine(Seeds, "odd.txt"), UnfamiliarShape.All[kind]());
        var summary = Importer.Import(Seeds, Database);

        var odd = summary.Reports.Single(r => r.Id == "odd");
        Assert.Contains(odd.Warnings, w => w.StartsWith("no part headings found", StringComparison.Ordinal));
        Assert.NotEmpty(odd.Paragraphs);
        Assert.Empty(summary.Reports.Single(r => r.Id == "lucheng-2021").Warnings);
        Assert.Equal("[]", Rows(Database, "SELECT warnings FROM reports WHERE id = 'lucheng-2021'").Single());
        Assert.Contains("no part headings found", Rows(Database, "SELECT warnings FROM reports WHERE id = 'odd'").Single());
        Assert.Equal(odd.Paragraphs.Count.ToString(), Rows(Database, "SELECT CAST(count(*) AS TEXT) FROM paragraphs WHERE report_id = 'odd'").Single());
    }

    [Fact]
    public void A_50_mb_seed_is_refused_at_once_without_reading_it_into_memory()
    {
        Importer.Import(Seeds, Database);
        var before = File.ReadAllBytes(Database);
        var big = Path.Combine(Seeds, "lucheng-2021-x1200.txt");
        using (var file = File.Create(big))
            for (int i = 0; i < 1_200; i++) file.Write(RealSeed.Bytes); // the report 1,200 times: 55 MB
        Assert.True(new FileInfo(big).Length > 50L * 1024 * 1024);

        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ImportException>(() => Importer.Import(Seeds, Database));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16L * 1024 * 1024, "the importer read the oversized file into memory");
        Assert.Equal($"{big}: the file is larger than 8 MB; a report's seed or table is tens of kilobytes", error.Message);
        Assert.Equal(before, File.ReadAllBytes(Database));

        var (exit, _, stderr) = CommandLineTests.Run("import", Seeds, Database);
        Assert.Equal(1, exit);
        Assert.Contains("lucheng-2021-x1200.txt: the file is larger than 8 MB", stderr);
    }

    [Fact]
    public void A_seed_that_never_ends_is_cut_off_at_the_limit_not_read_until_memory_runs_out()
    {
        var endless = Path.Combine(Seeds, "endless.txt");
        File.CreateSymbolicLink(endless, "/dev/zero"); // its length says 0; reading it never ends

        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ImportException>(() => Importer.Import(Seeds, Database));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 64L * 1024 * 1024, "the importer kept reading past the limit");
        Assert.Equal(endless, error.File);
        Assert.Contains("larger than 8 MB", error.Message);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void A_gb18030_seed_imports_to_the_same_rows_as_its_utf8_original()
    {
        var utf8 = Path.Combine(_dir, "utf8.db");
        Importer.Import(Seeds, utf8);
        File.WriteAllBytes(Path.Combine(Seeds, "lucheng-2021.txt"), RealSeed.Gb18030(RealSeed.Text));

        var (exit, stdout, _) = CommandLineTests.Run("import", Seeds, Database);
        Assert.Equal(0, exit);
        Assert.Contains("3 parts, 22 items, 24 subsections, 62 paragraphs", stdout);
        const string rows = "SELECT id || '|' || section_id || '|' || start || '|' || \"end\" || '|' || text FROM paragraphs ORDER BY ordinal";
        Assert.Equal(Rows(utf8, rows), Rows(Database, rows));
        Assert.Equal(Rows(utf8, "SELECT id || '|' || title FROM sections ORDER BY sequence"), Rows(Database, "SELECT id || '|' || title FROM sections ORDER BY sequence"));
    }

    [Fact]
    public void A_missing_output_folder_is_created()
    {
        var nested = Path.Combine(_dir, "not", "yet", "there", "lucheng.db");
        var (exit, _, stderr) = CommandLineTests.Run("import", Seeds, nested);
        Assert.True(exit == 0, stderr);
        Assert.Equal(62, Rows(nested, "SELECT id FROM paragraphs").Count);
    }

    [Fact]
    public void An_output_folder_that_cannot_exist_because_its_parent_is_a_file_is_a_clear_error()
    {
        var file = Path.Combine(_dir, "a-file");
        File.WriteAllText(file, "not a folder");
        var database = Path.Combine(file, "out", "lucheng.db");

        var error = Assert.Throws<ImportException>(() => Importer.Import(Seeds, database));
        Assert.Equal(database, error.File);
        Assert.StartsWith($"{database}: cannot write the database", error.Message);
        Assert.Equal("not a folder", File.ReadAllText(file));

        var (exit, _, stderr) = CommandLineTests.Run("import", Seeds, database);
        Assert.Equal(1, exit);
        Assert.StartsWith($"import failed: {database}: cannot write the database", stderr);
    }

    /// <summary>
    /// chmod makes a folder read-only for everyone but root; as root (CI runs tests so) the test writes under /proc,
    /// which no one can create files in.
    /// </summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_output_folder_is_a_clear_error_and_the_database_in_it_keeps_its_bytes()
    {
        Importer.Import(Seeds, Database);
        var before = File.ReadAllBytes(Database);
        File.AppendAllText(Path.Combine(Seeds, "lucheng-2021.txt"), "\n"); // changed seeds: a rebuild is due
        File.SetUnixFileMode(Output, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var database = CanWriteIn(Output) ? Path.Combine("/proc", $"lucheng-{Guid.NewGuid():N}", "lucheng.db") : Database;

        var error = Assert.Throws<ImportException>(() => Importer.Import(Seeds, database));
        Assert.Equal(database, error.File);
        Assert.StartsWith($"{database}: cannot write the database", error.Message);
        var (exit, _, stderr) = CommandLineTests.Run("import", Seeds, database);
        Assert.Equal(1, exit);
        Assert.StartsWith($"import failed: {database}: cannot write the database", stderr);

        Assert.Equal(before, File.ReadAllBytes(Database));
        Assert.Equal(["lucheng.db"], Directory.GetFiles(Output).Select(Path.GetFileName));
    }

    /// <summary>
    /// The real report damaged in ways a copy-paste or a bad download damages text: bytes changed, lines lost,
    /// doubled or swapped, headings added, cut anywhere. Each gives a report or an ImportException, never another
    /// exception (an IndexOutOfRange in an extractor would take the API's start down with a stack trace); and the
    /// damaged reports that parse are written to a database together, which opens and holds them all.
    /// </summary>
    [Fact]
    public void A_damaged_copy_of_the_report_gives_a_report_or_an_import_exception_never_a_crash()
    {
        var random = new Random(20210223);
        var lines = RealSeed.Text.Split('\n');
        Func<string>[] damages =
        [
            () => string.Join('\n', lines.Where(_ => random.Next(4) > 0)),
            () => string.Join('\n', lines.SelectMany(l => random.Next(5) == 0 ? new[] { l, l } : [l])),
            () => string.Join('\n', lines.OrderBy(_ => random.Next())),
            () => string.Join('\n', lines.Select(l => random.Next(6) == 0 ? Headings[random.Next(Headings.Length)] + l : l)),
            () => RealSeed.Text[..random.Next(RealSeed.Text.Length)],
            () => RealSeed.Text[random.Next(RealSeed.Text.Length)..],
            () => RealSeed.Text.Replace("\n", ""),
            () => string.Join('\n', lines.Select(l => l.Length > 2 ? l[..random.Next(l.Length)] : l)),
            () => new string(RealSeed.Text.Select(c => random.Next(50) == 0 ? (char)random.Next(0x20, 0x9FFF) : c).ToArray()),
        ];

        File.Delete(Path.Combine(Seeds, "lucheng-2021.txt"));
        int parsed = 0;
        for (int i = 0; i < 72; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(damages[i % damages.Length]());
            var seed = new SeedFile($"damaged-{i}", $"damaged-{i}.txt", bytes, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), null, null);
            try
            {
                ImportedReport.Extract(seed, ReportParser.Parse(seed.ReportId, seed.Path, seed.Bytes));
                File.WriteAllBytes(Path.Combine(Seeds, seed.Path), bytes);
                parsed++;
            }
            catch (ImportException e)
            {
                Assert.StartsWith($"damaged-{i}.txt: ", e.Message);
            }
        }
        Assert.InRange(parsed, 24, 72);
        var summary = Importer.Import(Seeds, Database);
        Assert.Equal(parsed, summary.Reports.Count);
        Assert.Equal(parsed, Rows(Database, "SELECT id FROM reports").Count);
    }

    static readonly string[] Headings = ["一、", "(一)", "（二）", "各位代表,", "十二、", "(九十九)", "强化。", "（"];

    static bool CanWriteIn(string folder)
    {
        var probe = Path.Combine(folder, ".probe");
        try { File.WriteAllText(probe, ""); File.Delete(probe); return true; }
        catch (UnauthorizedAccessException) { return false; }
    }

    static List<string> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}

/// <summary>Chinese text that is not shaped like the reports the rules know: imported, with a warning.</summary>
static class UnfamiliarShape
{
    public static readonly IReadOnlyDictionary<string, Func<byte[]>> All = new Dictionary<string, Func<byte[]>>
    {
        ["text with no structure"] = () => Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Repeat("没有结构的一段文字,没有标题,也没有段落编号。", 200))),
        ["UTF-16 text of one line"] = () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("只有一行文字")],
        ["a report without its part headings"] = () => Encoding.UTF8.GetBytes(string.Join('\n', RealSeed.Text.Split('\n').Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, "^[一二三四五六七八九十]+、")))),
    };
}

/// <summary>Seed files an importer must refuse, by the name the tests use for each.</summary>
static class BadSeed
{
    public static readonly IReadOnlyDictionary<string, Func<byte[]>> All = new Dictionary<string, Func<byte[]>>
    {
        ["empty"] = () => [],
        ["whitespace only"] = () => "  \n\u3000\r\n\t "u8.ToArray(),
        ["binary with NUL bytes (a PNG)"] = () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
        ["binary without NUL bytes"] = () => RandomBytes(4096, seed: 8),
        ["UTF-8 cut in the middle of a character"] = () => Encoding.UTF8.GetBytes(RealSeed.Text.TrimEnd())[..^1],
        ["UTF-8 with a damaged byte inside"] = () => Damaged(RealSeed.Bytes),
        ["GB18030 cut in the middle of a character"] = () => RealSeed.Gb18030(RealSeed.Text.TrimEnd())[..^1],
        ["text with no Chinese (a README)"] = () => "Government work reports\n\nPut the report texts in this folder.\n"u8.ToArray(),
        ["UTF-16 text with no Chinese"] = () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("id,name\n1,abc\n")],
    };

    public static string Write(string kind, string folder)
    {
        var path = Path.Combine(folder, "bad.txt");
        File.WriteAllBytes(path, All[kind]());
        return path;
    }

    static byte[] RandomBytes(int length, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => (byte)random.Next(1, 256)).ToArray();
    }

    static byte[] Damaged(byte[] bytes)
    {
        var copy = bytes.ToArray();
        copy[copy.Length / 3] = 0xFF;
        return copy;
    }
}
