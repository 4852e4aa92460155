using System.Security.Cryptography;
using System.Text;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Import;

/// <summary>
/// The importer's inputs: every <c>*.txt</c> in the seeds folder is one report, its id formed from the file name's
/// stem (<see cref="ReportIds"/>); beside it, optionally, <c>&lt;stem&gt;.source.json</c> (its provenance,
/// <see cref="ProvenanceFile"/>) and <c>&lt;stem&gt;.livelihood.csv</c> (the 民生实事 candidates, when published), and, in
/// the curated folder (the repository's <c>data/</c>), <c>&lt;stem&gt;.projects.curated.csv</c>. The fingerprint hashes
/// the names and bytes of all of them, so a database can tell whether it is stale.
/// </summary>
public sealed class SeedSet
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
        var fileById = new Dictionary<string, string>(StringComparer.Ordinal);
        var fingerprint = new StringBuilder();
        foreach (var path in files)
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            var id = ReportIds.FromStem(stem) ?? throw new ImportException(path,
                "the file name gives no report id: it holds no letter, digit or Chinese character (e.g. lucheng-2021.txt, 2025年浙江省政府工作报告.txt)");
            if (!fileById.TryAdd(id, path))
                throw new ImportException(path, $"gives the report id {id}, as {Path.GetFileName(fileById[id])} does: rename one of the two files (seeds/README.md says how ids are formed)");
            var provenancePath = Optional(ProvenanceFile.PathFor(folder, stem));
            var livelihood = Optional(LivelihoodCandidates.PathFor(folder, stem));
            var curated = Optional(Path.Combine(curatedFolder, $"{stem}.projects.curated.csv"));
            var bytes = Read(path);
            var sha256 = Sha256(bytes);
            fingerprint.Append(Path.GetFileName(path)).Append(' ').Append(sha256).Append('\n');
            Provenance? provenance = null;
            if (provenancePath is not null)
            {
                (provenance, var sidecar) = ProvenanceFile.Read(provenancePath);
                fingerprint.Append(Path.GetFileName(provenancePath)).Append(' ').Append(Sha256(sidecar)).Append('\n');
            }
            reports.Add(new SeedFile(id, path, bytes, sha256, livelihood, curated) { Provenance = provenance });
            foreach (var table in new[] { livelihood, curated })
                if (table is not null) fingerprint.Append(Path.GetFileName(table)).Append(' ').Append(Sha256(Read(table))).Append('\n');
        }
        RefuseStraySidecars(folder);
        return new SeedSet(reports, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString()))));
    }

    /// <summary>A sidecar whose report is missing is a misspelt name: its provenance would silently go unserved.</summary>
    static void RefuseStraySidecars(string folder)
    {
        foreach (var sidecar in Directory.GetFiles(folder, "*" + ProvenanceFile.Suffix).Order(StringComparer.Ordinal))
            if (!File.Exists(sidecar[..^ProvenanceFile.Suffix.Length] + ".txt"))
                throw new ImportException(sidecar, $"no report {Path.GetFileName(sidecar)[..^ProvenanceFile.Suffix.Length]}.txt beside it: a provenance sidecar is named after its report's file");
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

    static byte[] Read(string path) => Read(path, MaxFileBytes, "a report's seed or table is tens of kilobytes");

    /// <summary>The file's bytes, refused past <paramref name="maxBytes"/> with <paramref name="why"/> as the reason.</summary>
    internal static byte[] Read(string path, int maxBytes, string why)
    {
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length > maxBytes) throw TooLarge(path, maxBytes, why);
            using var content = new MemoryStream((int)file.Length);
            var chunk = new byte[81920];
            int n;
            while ((n = file.Read(chunk)) > 0)
            {
                if (content.Length + n > maxBytes) throw TooLarge(path, maxBytes, why);
                content.Write(chunk, 0, n);
            }
            return content.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new ImportException(path, $"cannot read the file: {e.Message}"); }
    }

    static ImportException TooLarge(string path, int maxBytes, string why) =>
        new(path, $"the file is larger than {(maxBytes >= 1024 * 1024 ? $"{maxBytes / (1024 * 1024)} MB" : $"{maxBytes / 1024} KB")}; {why}");
}

/// <summary>One report's seed: its text (and the text's SHA-256, lower-case hex), and the optional files that go with it.</summary>
public sealed record SeedFile(string ReportId, string Path, byte[] Bytes, string Sha256, string? LivelihoodCsv, string? CuratedProjectsCsv)
{
    /// <summary>What the report's sidecar says about its source, already checked; null without a sidecar.</summary>
    public Provenance? Provenance { get; init; }
}
