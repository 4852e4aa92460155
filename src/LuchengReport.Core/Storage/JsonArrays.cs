using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LuchengReport.Core.Storage;

/// <summary>
/// Writes lists of strings as JSON arrays, byte for byte as JsonSerializer writes them with the same encoder, through
/// one reused buffer. Not JsonSerializer itself: the reflection-based serializer builds and compiles a converter per
/// type at first use, a cost a one-shot importer pays on every run.
/// </summary>
internal sealed class JsonArrays(JavaScriptEncoder? encoder = null)
{
    /// <summary>Chinese text stored as UTF-8 rather than \uXXXX escapes, so the file reads well in sqlite3 and Datasette.</summary>
    public static readonly JavaScriptEncoder Readable = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    readonly ArrayBufferWriter<byte> _buffer = new();
    Utf8JsonWriter? _json;

    public string Of(IEnumerable<string> values)
    {
        _buffer.ResetWrittenCount();
        if (_json is null) _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = encoder });
        else _json.Reset();
        _json.WriteStartArray();
        foreach (var value in values) _json.WriteStringValue(value);
        _json.WriteEndArray();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
