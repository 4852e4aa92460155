using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Outcomes;

public static class OutcomesApi
{
    public static IEndpointRouteBuilder MapOutcomes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/outcomes", List).WithTags("Compare").WithName("listOutcomes")
            .WithSummary("A report's targets against the results later reports state")
            .WithDescription("""
                Every numeric target of `report` (optionally one `subject`, any spelling, or one `verdict`), each with the result for the
                same subject, measure and period that a later report of the same government states (same place; the State Council's
                next report for national ones), and a verdict: `met` or `missed`, `not-stated` (a later report that reviews the period
                gives no number for it) or `pending` (none is loaded). The verdict honours the target's comparator (以上: at least;
                以内, 低于: at most; a range: inside, or beyond it on the better side) and the subject's rule from the curated table
                (higher is better, a ceiling, a level to reach); 左右 allows ±0.5 for a percentage, percentage points or per mille, else
                ±5% of the target. `rule` says, for each item, which rule with which figures. Both indicators carry their verbatim
                words. 400 without `report`, 404 for an unknown one. Example: `?report=lucheng-2021`, `&verdict=missed`, `&format=csv`.
                """)
            .WithCsv("outcomes")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Page<OutcomeDto>>, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] OutcomeQuery query, IValidator<OutcomeQuery> validator, Db db, HttpContext context, CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        if (await OutcomesQueries.ListAsync(db, query, ct) is not { } all) return Validation.NotFound("Report", query.Report!);
        var page = query.PageIn(context);
        return TypedResults.Ok(page.ToPage(all.Skip(page.Offset).Take(page.Limit).ToList(), all.Count, context));
    }
}
