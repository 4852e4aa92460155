using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Subjects;

public static class SubjectsApi
{
    public static IEndpointRouteBuilder MapSubjects(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/subjects").WithTags("Subjects");

        group.MapGet("/", List).WithName("listSubjects").WithSummary("List what the numbers measure")
            .WithDescription("The distinct subjects of the indicators (地区生产总值, 一般公共预算收入 …) with how many facts each has and the periods they cover. `q` matches a substring of the subject; `sort=-count` puts the most-quoted first.")
            .WithCsv("subjects");
        group.MapGet("/{subject}", Get).WithName("getSubject").WithSummary("A subject's timeline across periods")
            .WithDescription("""
                Everything the report says about one subject, ordered by period: for 一般公共预算收入, the 2015 baseline (27.58亿元), the
                2020 result (35.29亿元, +2.6%), the 2021 target (+8%). The subject is URL-encoded Chinese; it is matched by its normalised
                key: full-width and half-width punctuation, spaces and quotation marks are ignored, so any spelling the report uses finds
                the same facts.
                """)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<Page<SubjectSummary>>, ValidationProblem> List(
        [AsParameters] SubjectListQuery query, IValidator<SubjectListQuery> validator, RowStore<SubjectsQueries.SubjectRow> store, HttpContext context)
    {
        if (validator.Check(query) is { } problem) return problem;
        var page = query.PageIn(context);
        var (items, total) = SubjectsQueries.List(store, query, page);
        return TypedResults.Ok(page.ToPage(items, total, context));
    }

    public static async Task<Results<Ok<SubjectTimeline>, ProblemHttpResult>> Get(string subject, Db db, CancellationToken ct) =>
        await SubjectsQueries.TimelineAsync(db, subject, null, ct) is { } timeline ? TypedResults.Ok(timeline) : Validation.NotFound("Subject", subject);
}
