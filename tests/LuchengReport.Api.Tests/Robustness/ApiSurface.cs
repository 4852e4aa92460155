using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LuchengReport.Api.Tests.Robustness;

/// <summary>
/// Everything a client can reach with GET: the routes the running app has mapped (its EndpointDataSource, so a new
/// endpoint is fuzzed without anyone listing it), the query parameters the committed openapi/v1.json documents for
/// each, the documents served by middleware, and one valid value per parameter, so generated requests can pass
/// validation and reach the handlers and SQL rather than all stopping at the first 400.
/// </summary>
public sealed class ApiSurface
{
    public sealed record QueryParameter(string Name, bool Required, IReadOnlyList<string> Allowed);

    public sealed record Route(string Template, IReadOnlyList<string> PathParameters, IReadOnlyList<QueryParameter> Query)
    {
        public override string ToString() => Template;
    }

    /// <summary>Served by middleware rather than by endpoints: the front page (static files) and Swashbuckle's documents.</summary>
    static readonly string[] Documents = ["/", "/openapi/v1.json", "/swagger/index.html"];

    ApiSurface(IReadOnlyList<Route> routes, IReadOnlyDictionary<string, string> pathValues)
    {
        Routes = routes;
        _pathValues = pathValues;
    }

    public IReadOnlyList<Route> Routes { get; }
    readonly IReadOnlyDictionary<string, string> _pathValues;

    /// <summary>The paths the committed contract documents (a check that the route list is complete).</summary>
    public static IReadOnlyList<string> DocumentedPaths() =>
        ReadContract().RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

    public static async Task<ApiSurface> ReadAsync(ApiFixture fixture, HttpClient client)
    {
        using var contract = ReadContract();
        var documented = contract.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .ToDictionary(p => p.Name, p => QueryOf(p.Value.GetProperty("get")));

        var mapped = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern)
            .Select(p => (Template: Normalise(p.RawText ?? "/"), Parameters: p.Parameters.Select(x => x.Name).ToList()))
            .DistinctBy(r => r.Template);

        var routes = mapped
            .Select(r => new Route(r.Template, r.Parameters, documented.GetValueOrDefault(r.Template) ?? []))
            .Concat(Documents.Select(d => new Route(d, [], [])))
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ToList();

        var pathValues = new Dictionary<string, string>();
        foreach (var route in routes.Where(r => r.PathParameters.Count > 0))
            pathValues[route.Template] = await ValidIdFor(route.Template, client);
        return new ApiSurface(routes, pathValues);
    }

    /// <summary>A value the route knows (an id that exists), so the other parts of a request are what gets tested.</summary>
    public string ValidPathValue(Route route) => _pathValues[route.Template];

    /// <summary>A value this parameter accepts, or at least one of its shape.</summary>
    public static string ValidValue(QueryParameter parameter, int pick = 0) =>
        parameter.Allowed.Count > 0 ? parameter.Allowed[pick % parameter.Allowed.Count] : parameter.Name switch
        {
            "report" => "lucheng-2021",
            "section" or "parent" => pick % 2 == 0 ? "lucheng-2021-s3" : "lucheng-2021-s3-2",
            "q" => pick % 3 == 0 ? "岛" : pick % 3 == 1 ? "教育" : "温州国际未来科技岛",
            "limit" => pick % 2 == 0 ? "2" : "500",
            "offset" => pick % 2 == 0 ? "0" : "3",
            "period" => "2021",
            "unit" => "亿元",
            "status" => "开工",
            "minValue" => "1",
            "maxValue" => "1000",
            _ => "1",
        };

    /// <summary>The collection a route's id belongs to is the route up to its first parameter; its first item has one.</summary>
    static async Task<string> ValidIdFor(string template, HttpClient client)
    {
        var collection = template[..template.IndexOf("/{", StringComparison.Ordinal)];
        if (collection == "/api/v1/downloads") return "lucheng-2021.db";
        using var response = await client.GetAsync($"{collection}?limit=1");
        response.EnsureSuccessStatusCode();
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = page.RootElement.GetProperty("items")[0];
        return (first.TryGetProperty("id", out var id) ? id : first.GetProperty("subjectKey")).GetString()!;
    }

    static IReadOnlyList<QueryParameter> QueryOf(JsonElement operation) =>
        !operation.TryGetProperty("parameters", out var parameters) ? [] : parameters.EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query")
            .Select(p => new QueryParameter(
                p.GetProperty("name").GetString()!,
                p.TryGetProperty("required", out var required) && required.GetBoolean(),
                p.TryGetProperty("schema", out var schema) && schema.TryGetProperty("enum", out var values)
                    ? values.EnumerateArray().Select(v => v.GetString()!).ToList()
                    : []))
            .ToList();

    static string Normalise(string template) => template.Length > 1 ? template.TrimEnd('/') : template;

    static JsonDocument ReadContract() => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "openapi", "v1.json")));
}
