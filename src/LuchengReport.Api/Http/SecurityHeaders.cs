namespace LuchengReport.Api.Http;

/// <summary>
/// Headers every response carries, errors included: no MIME sniffing, a CSP that lets Swagger UI (its own
/// scripts and styles, inline styles, data: images) and the front page work and nothing else, no referrer leak,
/// no framing.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
