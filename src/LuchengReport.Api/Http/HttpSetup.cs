using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace LuchengReport.Api.Http;

/// <summary>The HTTP behaviour every endpoint shares: headers, logging, CORS, limits, errors, caching, compression.</summary>
public static class HttpSetup
{
    static readonly string[] ExposedHeaders = ["Link", "ETag", "Content-Disposition", "Retry-After"];

    public static WebApplicationBuilder AddLuchengHttp(this WebApplicationBuilder builder)
    {
        // One line per log entry (what log shippers expect), written to standard output in batches.
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new BatchedConsoleLoggerProvider());
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // Long enough for a URL-encoded 5,000-character query to reach validation and get a 400, still bounded.
            k.Limits.MaxRequestLineSize = 64 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestBodySize = 64 * 1024; // a read-only API takes no bodies
        });
        builder.Services.AddCors(o => o.AddDefaultPolicy(p =>
            p.AllowAnyOrigin().WithMethods("GET", "HEAD", "OPTIONS").AllowAnyHeader().WithExposedHeaders(ExposedHeaders)));
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json", "application/problem+json", "text/csv", "text/plain", "text/html", "text/css", "application/javascript", "text/javascript"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddLuchengRateLimiting();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<DatabaseVersion>();
        return builder;
    }

    /// <summary>
    /// Order matters: headers, log and CORS wrap everything (errors and cache hits included); the cache sits outside
    /// compression so it keeps compressed bytes; routing comes after the cache, which turns HEAD into GET.
    /// </summary>
    public static WebApplication UseLuchengHttp(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestLog>();
        app.UseCors();
        app.UseRateLimiter();
        app.UseExceptionHandler();
        // Always problem+json: the default handler falls back to text/plain when Accept names no JSON (Accept: text/csv).
        app.UseStatusCodePages(context => TypedResults.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
        app.UseMiddleware<ResponseCache>();
        app.UseResponseCompression();
        return app;
    }
}
