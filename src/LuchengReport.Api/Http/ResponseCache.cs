using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace LuchengReport.Api.Http;

/// <summary>
/// The database never changes while the process runs, so a rendered GET is valid until restart. This middleware
/// sits outside compression and keeps the final bytes of each successful response, keyed by path, query string,
/// format and the encodings the client accepts: a repeated request is answered from memory without touching
/// SQLite, the serializer or the compressor. It also gives every cached response a strong ETag (from the database
/// hash and the bytes), answers If-None-Match with 304, and serves HEAD from the same entry.
/// </summary>
public sealed class ResponseCache(RequestDelegate next, DatabaseVersion version, IConfiguration configuration)
{
    sealed record Entry(int Status, string? ContentType, KeyValuePair<string, StringValues>[] Headers, byte[] Body, string ETag);

    static readonly string[] KeptHeaders = ["Link", "Content-Encoding", "Content-Disposition", "Location"];
    readonly ConcurrentDictionary<string, Entry> _entries = new();
    readonly int _maxEntries = configuration.GetValue("Cache:MaxEntries", 20_000);
    // A budget in bytes as well as entries: clients can make URLs without end (other offsets, other q), and each
    // distinct one would otherwise stay in memory until restart. When a new entry would not fit, the cache starts
    // afresh: junk cannot hold the memory for good, and the answers people repeat come back within a request each.
    readonly long _maxBytes = configuration.GetValue("Cache:MaxBytes", 32L * 1024 * 1024);
    readonly Lock _flush = new();
    long _bytes;
    int _count; // ConcurrentDictionary.Count takes every lock; this does not
    readonly int _maxAgeSeconds = configuration.GetValue("Cache:MaxAgeSeconds", 3600);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        bool head = HttpMethods.IsHead(request.Method);
        if (!(head || HttpMethods.IsGet(request.Method)) || !IsCacheable(request.Path))
        {
            await next(context);
            return;
        }
        if (head) request.Method = HttpMethods.Get; // routes are GET-only; HEAD is the same response without a body

        var key = Key(request);
        bool hit = _entries.TryGetValue(key, out var entry);
        if (!hit)
        {
            entry = await Render(context);
            if (entry is null) return; // not cacheable: already written
            Store(key, entry);
        }
        context.Response.Headers["X-Cache"] = hit ? "hit" : "miss";
        await Write(context, entry!, head);
    }

    void Store(string key, Entry entry)
    {
        long size = entry.Body.Length + key.Length * sizeof(char);
        if (size > _maxBytes) return;
        if (Volatile.Read(ref _count) >= _maxEntries || Interlocked.Read(ref _bytes) + size > _maxBytes)
            lock (_flush)
                if (_count >= _maxEntries || _bytes + size > _maxBytes)
                {
                    _entries.Clear();
                    Interlocked.Exchange(ref _bytes, 0);
                    Interlocked.Exchange(ref _count, 0);
                    // The dropped entries are old enough to sit in generation 2, which is collected rarely: left to
                    // the usual schedule they would stay in memory beside the new ones, doubling the peak footprint.
                    // A background collection gives them back now without pausing requests.
                    GC.Collect(2, GCCollectionMode.Forced, blocking: false);
                }
        if (_entries.TryAdd(key, entry))
        {
            Interlocked.Add(ref _bytes, size);
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>Runs the pipeline into a buffer; returns null (after writing the response) when it is not a 200.</summary>
    async Task<Entry?> Render(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey("Set-Cookie"))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return null;
        }
        var body = buffer.ToArray();
        var headers = KeptHeaders.Where(response.Headers.ContainsKey).Select(h => KeyValuePair.Create(h, response.Headers[h])).ToArray();
        return new Entry(response.StatusCode, response.ContentType, headers, body, ETagOf(response.Headers.ContentEncoding.ToString(), body));
    }

    async Task Write(HttpContext context, Entry entry, bool head)
    {
        var response = context.Response;
        response.Headers.ETag = entry.ETag;
        response.Headers.CacheControl = $"public, max-age={_maxAgeSeconds}";
        response.Headers.Vary = "Accept, Accept-Encoding"; // CSV is negotiated by Accept, compression by Accept-Encoding
        foreach (var (name, value) in entry.Headers) response.Headers[name] = value;
        if (IfNoneMatch(context.Request, entry.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = entry.Status;
        response.ContentType = entry.ContentType;
        response.ContentLength = entry.Body.Length;
        if (!head) await response.Body.WriteAsync(entry.Body, context.RequestAborted);
    }

    string ETagOf(string encoding, byte[] body)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); // no copy of the body to hash it
        sha.AppendData(Encoding.UTF8.GetBytes(version.Sha256 + "\n" + encoding + "\n"));
        sha.AppendData(body);
        return $"\"{Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 16))}\"";
    }

    static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && (v.Trim() == "*" || v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "W/" + etag)));

    /// <summary>
    /// The variant a request asks for, normalised: host (next links are absolute URLs), path, the query parameters
    /// sorted and without the <c>_</c> cache-buster (neither changes the answer), the representation, and the
    /// encodings compression may choose.
    /// </summary>
    static string Key(HttpRequest request)
    {
        var csv = Formats.WantsCsv(request) ? "csv" : "json";
        // Each value on its own: q=a&q=b (a 400) must not share an entry with q=a,b (a 200).
        var query = request.Query.Count == 0 ? "" : string.Join('&', request.Query
            .Where(p => p.Key != StrictQuery.CacheBuster)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}")));
        return $"{request.Host}{request.PathBase}{request.Path}?{query}|{csv}|{AcceptedEncodings(request)}";
    }

    /// <summary>Which of the encodings compression offers the client accepts (q=0 refuses one; * accepts all).</summary>
    static string AcceptedEncodings(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values)) return "";
        bool Accepts(string name)
        {
            var named = values.FirstOrDefault(v => v.Value.Equals(name, StringComparison.OrdinalIgnoreCase));
            var any = values.FirstOrDefault(v => v.Value.Equals("*", StringComparison.Ordinal));
            var chosen = named ?? any;
            return chosen is not null && (chosen.Quality ?? 1) > 0;
        }
        return (Accepts("br") ? "br" : "") + (Accepts("gzip") ? "+gzip" : "");
    }

    /// <summary>API answers and documents; not downloads, which stream a file with its own ETag.</summary>
    static bool IsCacheable(PathString path) =>
        (path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/v1/downloads"))
        || path.StartsWithSegments("/openapi") || path == "/datapackage.json" || path == "/healthz";
}
