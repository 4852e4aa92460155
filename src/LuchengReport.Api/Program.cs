using System.Text.Encodings.Web;
using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Compare;
using LuchengReport.Api.Features.Downloads;
using LuchengReport.Api.Features.Health;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Features.Livelihood;
using LuchengReport.Api.Features.Outcomes;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Features.Projects;
using LuchengReport.Api.Features.Reports;
using LuchengReport.Api.Features.Search;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.Features.Subjects;
using LuchengReport.Api.Features.Targets;
using LuchengReport.Api.Http;
using LuchengReport.Api.OpenApi;

// A published API (wwwroot beside the binary) finds its front page wherever it is started from; under `dotnet run`
// the content root stays the project folder.
var published = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = published ? AppContext.BaseDirectory : null });

// Data: where the seeds and the database are (read lazily, so tests can point elsewhere), read-only access, and
// the immutable collections kept as DTOs once read (list queries select ids, the rows come from memory).
builder.Services.AddSingleton(sp => DataPaths.From(sp.GetRequiredService<IConfiguration>(), builder.Environment.ContentRootPath));
builder.Services.AddSingleton<Db>();
builder.Services.AddSingleton<Catalog>();
builder.Services.AddSingleton(SectionsQueries.Store);
builder.Services.AddSingleton(ParagraphsQueries.Store);
builder.Services.AddSingleton(IndicatorsQueries.Store);
builder.Services.AddSingleton(ProjectsQueries.Store);
builder.Services.AddSingleton(SubjectsQueries.Store);
builder.Services.AddSingleton<SearchableText>();

// JSON for readers: camelCase, Chinese as UTF-8 rather than \uXXXX escapes.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

// HTTP: problem+json errors, caching, compression, CORS, rate limits, security headers, request log.
builder.AddLuchengHttp();

// Query validation: one FluentValidation validator beside each query record.
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);

// Contract: OpenAPI document and Swagger UI.
builder.Services.AddLuchengOpenApi();

var app = builder.Build();

// Build or refresh the database from the seeds before serving; without a usable database, exit non-zero.
if (!DatabaseBootstrap.TryEnsure(app.Services.GetRequiredService<DataPaths>(), app.Logger)) return 1;

app.UseLuchengHttp();
app.UseLuchengOpenApi();

// Front page: wwwroot/index.html at /, with its CSS and JS; ETags from the file middleware, revalidated on each visit.
app.UseDefaultFiles();
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = "no-cache" });

app.UseRouting();

// Endpoints: every one rejects unknown or repeated query parameters.
var api = app.MapGroup("").AddEndpointFilterFactory(StrictQuery.Factory);
api.MapHealth();
api.MapReports();
api.MapSections();
api.MapParagraphs();
api.MapIndicators();
api.MapTargets();
api.MapSubjects();
api.MapCompare();
api.MapOutcomes();
api.MapProjects();
api.MapLivelihood();
api.MapSearch();
api.MapDownloads();

app.Run();
return 0;

public partial class Program;
