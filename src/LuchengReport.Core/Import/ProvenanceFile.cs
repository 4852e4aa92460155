using System.Globalization;
using System.Text.Json;
using LuchengReport.Core.Model;

namespace LuchengReport.Core.Import;

/// <summary>
/// A report's provenance sidecar, <c>&lt;stem&gt;.source.json</c> beside its text: a JSON object with only the
/// optional string fields sourceUrl (an absolute http or https URL), publisher, licence, retrievedOn (an ISO date,
/// yyyy-mm-dd) and note; null is the same as leaving a field out. Anything else is refused with the file named:
/// a misspelt field must not silently drop a licence, nor a <c>javascript:</c> link reach the page.
/// </summary>
public static class ProvenanceFile
{
    public const string Suffix = ".source.json";

    /// <summary>A sidecar is a few short fields; past this it is some other file.</summary>
    public const int MaxBytes = 16 * 1024;

    public static readonly IReadOnlyList<string> Fields = ["sourceUrl", "publisher", "licence", "retrievedOn", "note"];

    public static string PathFor(string folder, string stem) => Path.Combine(folder, stem + Suffix);

    /// <summary>The checked sidecar, and its bytes for the seeds' fingerprint.</summary>
    public static (Provenance Provenance, byte[] Bytes) Read(string path)
    {
        var bytes = SeedSet.Read(path, MaxBytes, "a provenance sidecar is a few short fields");
        return (Parse(bytes, path), bytes);
    }

    /// <summary>Checks the sidecar's bytes; <paramref name="path"/> names it in errors.</summary>
    public static Provenance Parse(byte[] bytes, string path)
    {
        var json = bytes.AsMemory();
        if (json.Span.StartsWith("\uFEFF"u8)) json = json[3..]; // editors on Windows write a BOM
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new ImportException(path, $"must be a JSON object such as {{\"publisher\": \"…\"}}, not {Kind(document.RootElement)}");
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var field in document.RootElement.EnumerateObject())
            {
                if (!Fields.Contains(field.Name))
                    throw new ImportException(path, $"unknown field \"{field.Name}\": the fields are {string.Join(", ", Fields)}");
                if (!values.TryAdd(field.Name, Value(field, path)))
                    throw new ImportException(path, $"the field \"{field.Name}\" is given twice");
            }
            string? Get(string name) => values.GetValueOrDefault(name);
            if (Get("sourceUrl") is { } url && !IsWebAddress(url))
                throw new ImportException(path, $"sourceUrl must be an absolute http or https URL, not \"{url}\"");
            if (Get("retrievedOn") is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                throw new ImportException(path, $"retrievedOn must be a date written yyyy-mm-dd, not \"{date}\"");
            return new Provenance(Path.GetFileName(path), Get("sourceUrl"), Get("publisher"), Get("licence"), Get("retrievedOn"), Get("note"));
        }
        catch (JsonException e) { throw new ImportException(path, $"not JSON: {e.Message}"); }
        catch (InvalidOperationException) { throw new ImportException(path, "not UTF-8 text"); } // a string's bytes, read by GetString
    }

    static string? Value(JsonProperty field, string path) => field.Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String when string.IsNullOrWhiteSpace(field.Value.GetString()) =>
            throw new ImportException(path, $"the field \"{field.Name}\" is empty: leave it out when there is nothing to say"),
        JsonValueKind.String => field.Value.GetString(),
        _ => throw new ImportException(path, $"the field \"{field.Name}\" must be a string, not {Kind(field.Value)}"),
    };

    static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.String => "a string",
        _ => "null",
    };

    static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
