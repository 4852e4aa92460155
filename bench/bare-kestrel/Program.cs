// The least Kestrel can do for a hot GET: one body read from a file at start, written to every request with its
// Content-Type and Content-Length; no middleware, no routing, no logging. bench/bare-kestrel.sh compares it with
// nginx on the same bytes to show how close to nginx any ASP.NET Core app can get on this machine.
var body = File.ReadAllBytes(args[0]);
var contentType = args[1];
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
app.Run(async context =>
{
    context.Response.ContentType = contentType;
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
app.Run();
