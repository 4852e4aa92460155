using System.Diagnostics;

namespace LuchengReport.Api.Http;

/// <summary>One structured log line per request: method, path, query, status and duration.</summary>
public sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation("HTTP {Method} {Path}{Query} responded {Status} in {ElapsedMs:0.0} ms",
                context.Request.Method, context.Request.Path.Value, context.Request.QueryString.Value, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
