using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LuchengReport.Core.Livelihood;

namespace LuchengReport.Core.Import;

/// <summary>
/// The importer's inputs: every <c>*.txt</c> in the seeds folder is one report whose id is the file name's stem;
/// beside it, optionally, <c>&lt;id&gt;.livelihood.csv</c> (the 民生实事 candidates, when published) and, in the
/// curated folder (the repository's <c>data/</c>), <c>&lt;id&gt;.projects.curated.csv</c>. The fingerprint hashes the
/// names and bytes of all of them, so a database can tell whether it is stale.
/// </summary>
public sealed partial class SeedSet
{
    SeedSet(IReadOnlyList<SeedFile> reports, string fingerprint)
    {
        Reports = reports;
        Fingerprint = fingerprint;
    }

    public IReadOnlyList<SeedFile> Reports { get; }
    public string Fingerprint { get; }

    /// <summary>The curated tables live in <c>data/</c> beside <c>seeds/</c> unless told otherwise.</summary>
    public static string DefaultCuratedFolder(string seedsFolder) => Path.GetFullPath(Path.Combine(seedsFolder, "..", "data"));

    public static SeedSet Load(string folder, string? curatedFolder = null)
    {
        if (!Directory.Exists(folder)) throw new ImportException(folder, "the seeds folder does not exist");
        curatedFolder ??= DefaultCuratedFolder(folder);
        var files = Directory.GetFiles(folder, "*.txt").OrderBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ImportException(folder, "the seeds folder holds no report (*.txt)");

        var reports = new List<SeedFile>();
        var fingerprint = new StringBuilder();
        foreach (var path in files)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            if (!ReportId().IsMatch(id))
                throw new ImportException(path, "a report file name must be a URL-safe id: lower-case letters, digits and hyphens (e.g. lucheng-2021.txt)");
            var livelihood = Optional(LivelihoodCandidates.PathFor(folder, id));
            var curated = Optional(Path.Combine(curatedFolder, $"{id}.projects.curated.csv"));
            var bytes = Read(path);
            var sha256 = Sha256(bytes);
            reports.Add(new SeedFile(id, path, bytes, sha256, livelihood, curated));
            fingerprint.Append(Path.GetFileName(path)).Append(' ').Append(sha256).Append('\n');
            foreach (var table in new[] { livelihood, curated })
                if (table is not null) fingerprint.Append(Path.GetFileName(table)).Append(' ').Append(Sha256(Read(table))).Append('\n');
        }
        return new SeedSet(reports, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString()))));
    }

    /// <summary>Only computes the fingerprint (reads every input, parses nothing): what the API checks at start.</summary>
    public static string FingerprintOf(string folder, string? curatedFolder = null) => Load(folder, curatedFolder).Fingerprint;

    static string? Optional(string path) => File.Exists(path) ? path : null;

    static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// A report is tens of kilobytes (this one 45 KB); a seed or table past this size is a mistake (a concatenation, a
    /// dump, a device), and importing it would hold the API's start for minutes and gigabytes. Checked while reading,
    /// so a file that lies about its length (/dev/zero, a growing log) cannot exhaust memory either.
    /// </summary>
    public const int MaxFileBytes = 8 * 1024 * 1024;

    static byte[] Read(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length > MaxFileBytes) throw TooLarge(path);
            using var content = new MemoryStream((int)file.Length);
            var chunk = new byte[81920];
            int n;
            while ((n = file.Read(chunk)) > 0)
            {
                if (content.Length + n > MaxFileBytes) throw TooLarge(path);
                content.Write(chunk, 0, n);
            }
            return content.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new ImportException(path, $"cannot read the file: {e.Message}"); }
    }

    static ImportException TooLarge(string path) =>
        new(path, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MB; a report's seed or table is tens of kilobytes");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex ReportId();
}

/// <summary>One report's seed: its text (and the text's SHA-256, lower-case hex), and the optional tables that go with it.</summary>
public sealed record SeedFile(string ReportId, string Path, byte[] Bytes, string Sha256, string? LivelihoodCsv, string? CuratedProjectsCsv);
