using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Features.Targets;

public static class TargetsApi
{
    public static IEndpointRouteBuilder MapTargets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/{id}/targets", List).WithTags("Reports").WithName("listTargets")
            .WithSummary("List a report's main expected targets (主要预期目标)")
            .WithDescription("""
                The numbers of the report's statement of the year's main expected targets ("今年经济社会发展的主要预期目标是：地区生产总值
                增长8%以上，…"), in text order: each is an indicator (kind target, period the plan year, comparator and qualifier as
                written: 左右 is ~, 以上 is >=, 控制在…以内 is <=, a range 5.0%—5.5% is between with valueHigh), with the verbatim sentence
                it is stated in and that sentence's offsets in its paragraph. Subjects shared in the text are completed
                (城乡居民人均可支配收入分别增长5%和7% gives 城镇… and 农村…). A goal the text gives no number for (居民收入增长与经济增长同步)
                is not a target here. An empty list when the report states no main targets; 404 for an unknown report.
                Example: `/api/v1/reports/lucheng-2021/targets` (6 targets, from 地区生产总值增长8%以上), `?format=csv`.
                """)
            .WithCsv("targets")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Page<TargetDto>>, ValidationProblem, ProblemHttpResult>> List(
        string id, [AsParameters] TargetListQuery query, IValidator<TargetListQuery> validator, Db db, RowStore<IndicatorDto> indicators, Catalog catalog,
        HttpContext context, CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        if (!catalog.HasReport(id)) return Validation.NotFound("Report", id);
        var page = query.PageIn(context);
        var (items, total) = await TargetsQueries.ListAsync(db, indicators, id, page, ct);
        return TypedResults.Ok(page.ToPage(items, total, context));
    }
}
