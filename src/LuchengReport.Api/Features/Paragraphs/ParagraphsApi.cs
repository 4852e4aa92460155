using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Features.Paragraphs;

public static class ParagraphsApi
{
    public static IEndpointRouteBuilder MapParagraphs(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/paragraphs").WithTags("Paragraphs");

        group.MapGet("/", List).WithName("listParagraphs").WithSummary("List paragraphs")
            .WithDescription("Body paragraphs in document order, verbatim, with their offsets in the report text. Filter by report, or by section (its subsections included): `?section=lucheng-2021-s3-7` gives item (七) of part 三 and all its subsections.")
            .WithCsv("paragraphs");
        group.MapGet("/{id}", Get).WithName("getParagraph").WithSummary("Get one paragraph")
            .WithDescription("One paragraph with the chain of sections it sits in and the ids of its neighbours. Example id: `lucheng-2021-p3`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Page<ParagraphDto>>, ValidationProblem>> List(
        [AsParameters] ParagraphListQuery query, IValidator<ParagraphListQuery> validator, Db db, RowStore<ParagraphDto> store, Catalog catalog, HttpContext context,
        CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        var page = query.PageIn(context);
        var (items, total) = await ParagraphsQueries.ListAsync(db, store, catalog, query, page, ct);
        return TypedResults.Ok(page.ToPage(items, total, context));
    }

    public static Results<Ok<ParagraphDetail>, ProblemHttpResult> Get(string id, RowStore<ParagraphDto> store, RowStore<SectionDto> sections) =>
        ParagraphsQueries.Get(store, sections, id) is { } paragraph ? TypedResults.Ok(paragraph) : Validation.NotFound("Paragraph", id);
}
