using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Features.Sections;

public static class SectionsApi
{
    public static IEndpointRouteBuilder MapSections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sections").WithTags("Sections");

        group.MapGet("/", List).WithName("listSections").WithSummary("List sections")
            .WithDescription("Sections of the reports in document order, filtered by report, level (preamble, part, item, subsection) and parent section. Example: `?level=item&parent=lucheng-2021-s3` lists the eight items of part 三.")
            .WithCsv("sections");
        group.MapGet("/{id}", Get).WithName("getSection").WithSummary("Get a section with its paragraphs")
            .WithDescription("One section with its ancestors, children, previous and next sibling, and every paragraph of it and its descendants. Example id: `lucheng-2021-s3-2` (part 三, item (二)).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Page<SectionDto>>, ValidationProblem>> List(
        [AsParameters] SectionListQuery query, IValidator<SectionListQuery> validator, Db db, RowStore<SectionDto> store, HttpContext context,
        CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        var page = query.PageIn(context);
        var (items, total) = await SectionsQueries.ListAsync(db, store, query, page, ct);
        return TypedResults.Ok(page.ToPage(items, total, context));
    }

    public static Results<Ok<SectionDetail>, ProblemHttpResult> Get(
        string id, RowStore<SectionDto> store, RowStore<ParagraphDto> paragraphs, Catalog catalog) =>
        SectionsQueries.Get(store, paragraphs, catalog, id) is { } section ? TypedResults.Ok(section) : Validation.NotFound("Section", id);
}
