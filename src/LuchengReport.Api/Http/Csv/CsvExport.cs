using LuchengReport.Api.Data;
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
            return new CsvResult(page.Rows, page.RowType, $"{FilePrefix(context)}-{resource}.csv",
                download: Formats.IsOn(context.Request.Query["download"]), bom: Formats.IsOn(context.Request.Query["bom"]));
        });

    /// <summary>
    /// The attachment's name starts with the report the rows come from: the report filter's id or the report in the
    /// path (/reports/{id}/targets; validated ids: the handler answered), or the only report the database holds
    /// (lucheng-2021-indicators.csv); with several reports and no filter, "all" (all-indicators.csv).
    /// </summary>
    static string FilePrefix(HttpContext context) =>
        context.Request.Query["report"].ToString() is { Length: > 0 } report ? report
        : context.Request.RouteValues["id"] is string { Length: > 0 } id ? id
        : context.RequestServices.GetRequiredService<Catalog>().ReportIds is [var only] ? only
        : "all";

    /// <summary>Typed results arrive wrapped in Results&lt;…&gt;; the filter needs the inner Ok&lt;Page&lt;T&gt;&gt;.</summary>
    static object? Unwrap(object? result) => result is INestedHttpResult nested ? nested.Result : result;
}

/// <summary>What CSV needs to know of a Page&lt;T&gt; without knowing T.</summary>
public interface IPage
{
    IReadOnlyList<object> Rows { get; }
    Type RowType { get; }
}
