using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Http.Csv;

/// <summary>
/// Turns a collection endpoint's page into CSV when CSV was asked for. The handler has already fetched every
/// matching row (PagedQuery.PageIn), so the export is the whole result, not one page.
/// </summary>
public static class CsvExport
{
    public static RouteHandlerBuilder WithCsv(this RouteHandlerBuilder builder, string resource) =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var result = await next(invocation);
            var context = invocation.HttpContext;
            if (!Formats.WantsCsv(context.Request) || Unwrap(result) is not IValueHttpResult { Value: IPage page }) return result;
            // The report a collection is of: its filter (/indicators?report=…) or its path (/reports/{id}/targets).
            var report = context.Request.Query["report"].ToString() is { Length: > 0 } filter ? filter : context.Request.RouteValues["id"] as string ?? "";
            var fileName = $"{(report.Length > 0 ? report : "lucheng")}-{resource}.csv";
            return new CsvResult(page.Rows, page.RowType, fileName,
                download: Formats.IsOn(context.Request.Query["download"]), bom: Formats.IsOn(context.Request.Query["bom"]));
        });

    /// <summary>Typed results arrive wrapped in Results&lt;…&gt;; the filter needs the inner Ok&lt;Page&lt;T&gt;&gt;.</summary>
    static object? Unwrap(object? result) => result is INestedHttpResult nested ? nested.Result : result;
}

/// <summary>What CSV needs to know of a Page&lt;T&gt; without knowing T.</summary>
public interface IPage
{
    IReadOnlyList<object> Rows { get; }
    Type RowType { get; }
}
