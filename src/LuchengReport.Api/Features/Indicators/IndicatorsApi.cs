using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Features.Indicators;

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicators(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/indicators").WithTags("Indicators");

        group.MapGet("/", List).WithName("listIndicators").WithSummary("List the report's numbers (indicators)")
            .WithDescription("""
                Every number of the report that measures something, typed and traceable: subject, value and unit as written and
                normalised, measure, kind, period, comparator, direction, and the verbatim source span. A range ("增长6.5%-7%") is
                one indicator: `value` its low end, `valueHigh` its high end, comparator `between`. Filters combine;
                `q` matches a substring of the subject or the source text; `minValue`/`maxValue` and `sort=value|-value` use the
                normalised value (facts without one sort last). Examples: `?period=2021&kind=target` (the 2021 targets),
                `?q=地区生产总值`, `?section=lucheng-2021-s3-7` (item (七) of part 三), `?unit=CNY&sort=-value`, `?comparator=between` (ranges).
                """)
            .WithCsv("indicators");
        group.MapGet("/{id}", Get).WithName("getIndicator").WithSummary("Get one indicator with its paragraph and related facts")
            .WithDescription("One indicator with the paragraph text it is stated in, the section breadcrumb, and its related facts in full. Example id: `lucheng-2021-p3-n1`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Page<IndicatorDto>>, ValidationProblem>> List(
        [AsParameters] IndicatorListQuery query, IValidator<IndicatorListQuery> validator, Db db, RowStore<IndicatorDto> store, Catalog catalog, HttpContext context,
        CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        var page = query.PageIn(context);
        var (items, total) = await IndicatorsQueries.ListAsync(db, store, catalog, query, page, ct);
        return TypedResults.Ok(page.ToPage(items, total, context));
    }

    public static Results<Ok<IndicatorDetail>, ProblemHttpResult> Get(
        string id, RowStore<IndicatorDto> store, RowStore<ParagraphDto> paragraphs, RowStore<SectionDto> sections) =>
        IndicatorsQueries.Get(store, paragraphs, sections, id) is { } indicator ? TypedResults.Ok(indicator) : Validation.NotFound("Indicator", id);
}
