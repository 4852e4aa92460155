using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Features.Projects;

public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjects(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/projects").WithTags("Projects");

        group.MapGet("/", List).WithName("listProjects").WithSummary("List the named projects")
            .WithDescription("""
                The concrete projects the report names (温州国际未来科技岛, 104国道鹿城段, 七都大桥北汊桥 …), found by rules over the
                text, with their spellings, a category and every mention: the clause, the status verb as written (启动, 开工, 建成,
                通车, 推进 …) and the period. Mention filters (period, status, section) keep a project when any mention matches.
                Examples: `?q=七都` (everything about 七都), `?category=transport`, `?period=2021&status=开工`.
                """)
            .WithCsv("projects");
        group.MapGet("/{id}", Get).WithName("getProject").WithSummary("Get one project with its mentions in context")
            .WithDescription("One project with each mention's paragraph text and section breadcrumb. Example id: `lucheng-2021-j1`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Page<ProjectDto>>, ValidationProblem>> List(
        [AsParameters] ProjectListQuery query, IValidator<ProjectListQuery> validator, Db db, RowStore<ProjectDto> store, Catalog catalog, HttpContext context,
        CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        var page = query.PageIn(context);
        var (items, total) = await ProjectsQueries.ListAsync(db, store, catalog, query, page, ct);
        return TypedResults.Ok(page.ToPage(items, total, context));
    }

    public static Results<Ok<ProjectDetail>, ProblemHttpResult> Get(
        string id, RowStore<ProjectDto> store, RowStore<ParagraphDto> paragraphs, RowStore<SectionDto> sections) =>
        ProjectsQueries.Get(store, paragraphs, sections, id) is { } project ? TypedResults.Ok(project) : Validation.NotFound("Project", id);
}
