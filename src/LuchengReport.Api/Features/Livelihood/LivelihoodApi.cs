using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Features.Livelihood;

public static class LivelihoodApi
{
    public static IEndpointRouteBuilder MapLivelihood(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/{id}/livelihood", Get).WithTags("Reports").WithName("getLivelihood")
            .WithSummary("The 民生实事 (livelihood projects): every statement about them, their counts, the listed items, the congress vote")
            .WithDescription("""
                What the report says about its 民生实事 under any of their names (惠民实事, 为民办实事项目, 20项民生工程 …): every
                statement (`statements`) with its count as written and as a number ("十大类44项": 10 categories, 44 projects),
                its period and status (done, planned, voted), and the projects when the report lists them (inline after 包括,
                before "等十件", or as a numbered list, e.g. an appendix with 年度目标), verbatim with their offsets. When the
                congress votes on them (票决): how many candidates (候选项目) were drawn up, how many are chosen and the principle.
                A count without a list is a count: the statement's `items` are empty and `note` says so; nothing is invented.
                `candidates` come only from a `seeds/<report-id>.livelihood.csv` table (`candidatesListed`). 404 only when
                the report never speaks of them.
                """)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<LivelihoodDto>, ProblemHttpResult>> Get(string id, Db db, Catalog catalog, CancellationToken ct)
    {
        if (!catalog.HasReport(id)) return Validation.NotFound("Report", id);
        using var connection = await db.OpenAsync(ct);
        var record = await LivelihoodQueries.Read(connection, id, catalog.ReportYear(id), ct);
        return record is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing about 民生实事",
                detail: $"Report '{id}' never speaks of 民生实事 (livelihood projects) under any of their names.")
            : TypedResults.Ok(record);
    }
}
