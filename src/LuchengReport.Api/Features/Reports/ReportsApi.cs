using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Http;
using LuchengReport.Api.Http.Csv;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Reports;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reports").WithTags("Reports");

        group.MapGet("/", List).WithName("listReports").WithSummary("List the reports")
            .WithDescription("""
                The catalogue: every report with its metadata (索引号, 发布机构, dates, session, speaker), the government it speaks for, its
                provenance, warnings and counts (parts, items, subsections, paragraphs, indicators, main targets), in order of delivery
                (a report whose date is not read last). Filters: `year` (the plan year, e.g. `2025`), `place` (the government: 浙江省,
                温州市鹿城区, or 国务院 for the State Council), `q` (a substring of the title, place or speaker). Examples:
                `?year=2025`, `?place=国务院`, `?q=浙江`, `?format=csv`.
                """)
            .WithCsv("reports");
        group.MapGet("/{id}", Get).WithName("getReport").WithSummary("Get one report")
            .WithDescription("One report's metadata and counts. Example id: `lucheng-2021`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/contents", Contents).WithName("getReportContents").WithSummary("Get a report's table of contents")
            .WithDescription("The nested table of contents: the preamble (opening address) and the parts, each part's items, each item's subsections, with paragraph counts. Follow a section's id to `/api/v1/sections/{id}` for its text.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/text", Text).WithName("getReportText").WithSummary("Get a report's text")
            .WithDescription("The report text as published (BOM dropped, line endings as LF), as text/plain. Every paragraph's `start`/`end` and every span's offsets index into it.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Page<ReportDto>>, ValidationProblem>> List(
        [AsParameters] ReportListQuery query, IValidator<ReportListQuery> validator, Db db, HttpContext context, CancellationToken ct)
    {
        if (validator.Check(query) is { } problem) return problem;
        var all = await ReportsQueries.ListAsync(db, null, query, ct);
        var page = query.PageIn(context);
        return TypedResults.Ok(page.ToPage(all.Skip(page.Offset).Take(page.Limit).ToList(), all.Count, context));
    }

    public static async Task<Results<Ok<ReportDto>, ProblemHttpResult>> Get(string id, Db db, CancellationToken ct) =>
        (await ReportsQueries.ListAsync(db, id, ct)) is [var report] ? TypedResults.Ok(report) : Validation.NotFound("Report", id);

    public static async Task<Results<Ok<ReportContents>, ProblemHttpResult>> Contents(string id, Db db, CancellationToken ct) =>
        (await ReportsQueries.ListAsync(db, id, ct)) is [var report]
            ? TypedResults.Ok((await ReportsQueries.ContentsAsync(db, report, ct))!)
            : Validation.NotFound("Report", id);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Text(string id, Db db, CancellationToken ct) =>
        await ReportsQueries.TextAsync(db, id, ct) is { } text
            ? TypedResults.Text(text, "text/plain; charset=utf-8")
            : Validation.NotFound("Report", id);
}
