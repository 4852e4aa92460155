using System.Security.Cryptography;
using LuchengReport.Api.Data;

namespace LuchengReport.Api.Http;

/// <summary>The SHA-256 of the database file being served: the data version for ETags, downloads and the data package.</summary>
public sealed class DatabaseVersion
{
    public DatabaseVersion(DataPaths paths)
    {
        using var file = File.OpenRead(paths.DatabasePath);
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(file));
        Length = file.Length;
        BuiltAt = File.GetLastWriteTimeUtc(paths.DatabasePath);
    }

    public string Sha256 { get; }
    public long Length { get; }
    public DateTime BuiltAt { get; }
}
