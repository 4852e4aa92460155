using System.Text.Encodings.Web;
using FluentValidation;
using LuchengReport.Api.Data;
using LuchengReport.Api.Features.Health;
using LuchengReport.Api.Features.Paragraphs;
using LuchengReport.Api.Features.Reports;
using LuchengReport.Api.Features.Sections;
using LuchengReport.Api.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

// Data: where the seeds and the database are (read lazily, so tests can point elsewhere), read-only access.
builder.Services.AddSingleton(sp => DataPaths.From(sp.GetRequiredService<IConfiguration>(), builder.Environment.ContentRootPath));
builder.Services.AddSingleton<Db>();
builder.Services.AddSingleton<Catalog>();

// JSON for readers: camelCase, Chinese as UTF-8 rather than \uXXXX escapes.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

// Errors: every 4xx/5xx is application/problem+json, never a stack trace.
builder.Services.AddProblemDetails();

// Query validation: one FluentValidation validator beside each query record.
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);

// Contract: OpenAPI document and Swagger UI.
builder.Services.AddLuchengOpenApi();

var app = builder.Build();

// Build or refresh the database from the seeds before serving; without a usable database, exit non-zero.
if (!DatabaseBootstrap.TryEnsure(app.Services.GetRequiredService<DataPaths>(), app.Logger)) return 1;

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseLuchengOpenApi();

app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
app.MapHealth();
app.MapReports();
app.MapSections();
app.MapParagraphs();

app.Run();
return 0;

public partial class Program;
