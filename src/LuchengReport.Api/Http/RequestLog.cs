using System.Diagnostics;

namespace LuchengReport.Api.Http;

/// <summary>
/// One structured log line per request: method, path, query, status and duration. The message is source-generated
/// (no boxing, no template parsing per call): at thousands of requests a second the log line would otherwise cost
/// as much as the database query behind it.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
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
            if (logger.IsEnabled(LogLevel.Information))
                Responded(logger, context.Request.Method, context.Request.Path.Value, context.Request.QueryString.Value,
                    context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path}{Query} responded {Status} in {ElapsedMs:0.0} ms")]
    static partial void Responded(ILogger logger, string method, string? path, string? query, int status, double elapsedMs);
}
