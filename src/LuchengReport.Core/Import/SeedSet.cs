using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace LuchengReport.Core.Import;

/// <summary>
/// The importer's inputs: every <c>*.txt</c> in the seeds folder is one report whose id is the file name's stem.
/// The fingerprint hashes the names and bytes of all inputs, so a database can tell whether it is stale.
/// </summary>
public sealed partial class SeedSet
{
    SeedSet(string folder, IReadOnlyList<SeedFile> reports, string fingerprint)
    {
        Folder = folder;
        Reports = reports;
        Fingerprint = fingerprint;
    }

    public string Folder { get; }
    public IReadOnlyList<SeedFile> Reports { get; }
    public string Fingerprint { get; }

    public static SeedSet Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new ImportException(folder, "the seeds folder does not exist");
        var files = Directory.GetFiles(folder, "*.txt").OrderBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ImportException(folder, "the seeds folder holds no report (*.txt)");

        var reports = new List<SeedFile>();
        var fingerprint = new StringBuilder();
        foreach (var path in files)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            if (!ReportId().IsMatch(id))
                throw new ImportException(path, "a report file name must be a URL-safe id: lower-case letters, digits and hyphens (e.g. lucheng-2021.txt)");
            byte[] bytes;
            try { bytes = File.ReadAllBytes(path); }
            catch (IOException e) { throw new ImportException(path, $"cannot read the file: {e.Message}"); }
            catch (UnauthorizedAccessException e) { throw new ImportException(path, $"cannot read the file: {e.Message}"); }
            reports.Add(new SeedFile(id, path, bytes));
            fingerprint.Append(Path.GetFileName(path)).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append('\n');
        }
        return new SeedSet(folder, reports, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString()))));
    }

    /// <summary>Only computes the fingerprint (reads every input, parses nothing): what the API checks at start.</summary>
    public static string FingerprintOf(string folder) => Load(folder).Fingerprint;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex ReportId();
}

public sealed record SeedFile(string ReportId, string Path, byte[] Bytes);
