using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LuchengReport.Api.Http;

/// <summary>
/// A generous per-client budget (<c>RateLimit:PermitsPerMinute</c>, default 1,200; <c>RateLimit:Enabled</c> turns it
/// off) so one client cannot starve the others. Over budget: 429 problem+json with Retry-After. Options are read
/// when the middleware starts, so tests can override them.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddLuchengRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            bool enabled = configuration.GetValue("RateLimit:Enabled", true);
            int permits = configuration.GetValue("RateLimit:PermitsPerMinute", 1200);
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !enabled
                    ? RateLimitPartition.GetNoLimiter("off")
                    : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: $"This client sent more than {permits} requests in a minute. Retry after {retryAfter} s.").ExecuteAsync(context);
            };
        });
        return services;
    }
}
