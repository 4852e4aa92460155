using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Features.Search;

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", Search).WithTags("Search").WithName("search").WithSummary("Search the report")
            .WithDescription("""
                Finds `q` in paragraph text, section titles, indicator subjects and project names; `type` keeps one kind of hit.
                Chinese needs no spaces and any length works: `岛`, `教育`, `七都`, `温州国际未来科技岛`. Exact title and name matches
                come first, then titles containing q, then paragraphs by relevance. Each hit has a snippet with the match in
                `<mark></mark>` and the match offsets. Anything may be searched for (quotes, `*`, `NEAR(`, SQL, emoji): it is
                matched literally. q longer than 100 characters is a 400.
                """)
            .WithCsv("search");
        return app;
    }

    public static async Task<Results<Ok<Page<SearchHit>>, ValidationProblem>> Search(
        [AsParameters] SearchQuery query, IValidator<SearchQuery> validator, Db db, SearchableText searchable, HttpContext context,
        CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        var q = query.Q!.Trim();
        var hits = SearchRanking.Rank(await SearchQueries.FindAsync(db, searchable, q, query.Report, query.Type, ct), q);
        var page = query.PageIn(context);
        return TypedResults.Ok(page.ToPage(hits.Skip(page.Offset).Take(page.Limit).ToList(), hits.Count, context));
    }
}
