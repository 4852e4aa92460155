using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Compare;

public static class CompareApi
{
    public static IEndpointRouteBuilder MapCompare(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/compare", List).WithTags("Compare").WithName("compare")
            .WithSummary("One indicator side by side across reports")
            .WithDescription("""
                One row per report for one indicator, whatever each report calls it: `subject` is a subject key or any spelling
                (地区生产总值, 生产总值, 国内生产总值, 全省地区生产总值 and 经济增长 are one key; 城镇调查失业率 and 城镇登记失业率 are two; see
                /api/v1/subjects). Narrow with `kind` (target, actual, baseline), `measure` (change, level), `period` (2025, 2021-2025) and
                `year` (the report's plan year). Each row is the report's main expected target for the subject when it has one, else its
                first figure in the text (`matches` says how many matched), with the verbatim words and the indicator id behind it.
                `sort=value` or `-value` orders by the normalised value; the default is the order of delivery. 404 when no report has the
                subject at all. Example: `?subject=地区生产总值&kind=target&measure=change&year=2025&sort=-value`, `&format=csv` for Excel.
                """)
            .WithCsv("compare")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Page<CompareRow>>, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] CompareQuery query, IValidator<CompareQuery> validator, Db db, HttpContext context, CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        var page = query.PageIn(context);
        return await CompareQueries.ListAsync(db, query, page, ct) is { } found
            ? TypedResults.Ok(page.ToPage(found.Items, found.Total, context))
            : Validation.NotFound("Subject", query.Subject!);
    }
}
