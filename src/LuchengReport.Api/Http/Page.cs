using System.ComponentModel;

namespace LuchengReport.Api.Http;

/// <summary>The envelope of every collection: one page of items, the total that match, and the URL of the next page.</summary>
public sealed record Page<T>(
    [property: Description("The items of this page, in document order unless a sort is asked for.")] IReadOnlyList<T> Items,
    [property: Description("How many items match the filters, over all pages.")] int Total,
    [property: Description("The page size used (1-500).")] int Limit,
    [property: Description("How many matching items were skipped before this page.")] int Offset,
    [property: Description("The URL of the next page, or null on the last page. Also sent as a Link: <…>; rel=\"next\" header.")] string? Next)
    : Csv.IPage
{
    IReadOnlyList<object> Csv.IPage.Rows => Items.Cast<object>().ToList();
    Type Csv.IPage.RowType => typeof(T);
}

/// <summary>Paging as the handlers use it, once the query strings have been validated.</summary>
public readonly record struct PageRequest(int Limit, int Offset)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    public const int MaxOffset = 1_000_000;

    /// <summary>Every row: what a CSV export fetches.</summary>
    public static readonly PageRequest All = new(int.MaxValue, 0);

    public static PageRequest From(string? limit, string? offset) =>
        new(limit is null ? DefaultLimit : int.Parse(limit), offset is null ? 0 : int.Parse(offset));

    /// <summary>Builds the envelope and, when there is a next page, its URL and the matching Link header.</summary>
    public Page<T> ToPage<T>(IReadOnlyList<T> items, int total, HttpContext context)
    {
        string? next = null;
        if (Offset + items.Count < total && items.Count > 0)
        {
            next = NextUrl(context.Request, Offset + Limit);
            context.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        }
        return new Page<T>(items, total, Math.Min(Limit, MaxLimit), Offset, next);
    }

    /// <summary>The same request with offset moved on; the other parameters keep their order and values (a cache-buster is dropped).</summary>
    static string NextUrl(HttpRequest request, int nextOffset)
    {
        var pairs = request.Query
            .Where(p => !string.Equals(p.Key, "offset", StringComparison.OrdinalIgnoreCase) && p.Key != StrictQuery.CacheBuster)
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"offset={nextOffset}");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join("&", pairs)}";
    }
}
