using System.Net;
using CsCheck;

namespace LuchengReport.Api.Tests.Robustness;

/// <summary>
/// Every endpoint against generated and known-hostile requests (CsCheck properties, a few hundred requests each, and
/// one sweep of every known-hostile value through every parameter): whatever is sent, the answer keeps the
/// <see cref="ResponseContract"/> and the service stays healthy. A failing property prints the smallest request that
/// breaks it and the seed that reproduces it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileRequestTests(ApiFixture fixture) : ApiTest(fixture), IAsyncLifetime
{
    ApiSurface _surface = null!;

    public async Task InitializeAsync() => _surface = await ApiSurface.ReadAsync(Fixture, Client);

    public async Task DisposeAsync()
    {
        using var health = await Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public sealed record Probe(string Method, string Url, bool AcceptCsv)
    {
        public override string ToString() => $"{Method} {Url}{(AcceptCsv ? " (Accept: text/csv)" : "")}";
    }

    [Fact]
    public void Every_documented_path_is_among_the_routes_fuzzed() =>
        Assert.All(ApiSurface.DocumentedPaths(), path => Assert.Contains(path, _surface.Routes.Select(r => r.Template)));

    [Fact]
    public async Task Any_query_string_on_any_endpoint_is_answered_with_a_success_or_a_problem() =>
        await Gen.Select(AnyRoute, Gen.Int[0, 5], Method, Gen.Bool)
            .SelectMany((route, count, method, csv) => Gen.Select(PathOf(route), AnyPair(route).Array[count], (path, pairs) => new Probe(method, Url(path, pairs), csv)))
            .SampleAsync(Send, iter: 300, print: p => p.ToString());

    [Fact]
    public async Task One_hostile_value_among_valid_parameters_reaches_the_handler_and_is_answered_without_a_crash() =>
        await (from route in Gen.OneOf(_surface.Routes.Where(r => r.Query.Count > 0).ToArray())
               from target in Gen.Int[0, route.Query.Count - 1]
               from others in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true))).Array[route.Query.Count]
               from pick in Gen.Int[0, 10]
               from hostile in HostileInput.Value
               from path in PathOf(route, hostile: false)
               from csv in Gen.Bool
               let pairs = route.Query.Select((p, i) =>
                   i == target ? $"{p.Name}={hostile}"
                   : others[i] || p.Required ? $"{p.Name}={HostileInput.Encode(ApiSurface.ValidValue(p, pick))}"
                   : null).OfType<string>()
               select new Probe("GET", Url(path, pairs), csv))
            .SampleAsync(Send, iter: 400, print: p => p.ToString());

    [Fact]
    public async Task Hostile_path_segments_on_every_route_are_answered_without_a_crash() =>
        await (from route in Gen.OneOf(_surface.Routes.Where(r => r.PathParameters.Count > 0).ToArray())
               from path in PathOf(route, hostile: true)
               from extra in Gen.Frequency((3, Gen.Const("")), (1, Gen.OneOf("/", "/x", "/..", "/%2e%2e", "/%2F", "//", "/.%2e/healthz", "/%01")))
               from method in Method
               select new Probe(method, path + extra, false))
            .SampleAsync(Send, iter: 300, print: p => p.ToString());

    /// <summary>
    /// The deterministic half: each known-hostile value once in every parameter of every route (the others valid),
    /// so a value that breaks one handler cannot hide behind random sampling. The paging parameters are one shared
    /// rule set (PagingRules), so they are swept on one collection only; the properties above cover the rest.
    /// </summary>
    [Fact]
    public async Task Every_known_hostile_value_in_every_parameter_is_answered_without_a_crash()
    {
        string[] paging = ["limit", "offset", "format", "download", "bom"];
        var pagingRoute = _surface.Routes.First(r => r.Query.Any(p => p.Name == "limit"));
        var probes = new List<Probe>();
        foreach (var route in _surface.Routes)
        {
            var required = route.Query.Where(p => p.Required).Select(p => $"{p.Name}={HostileInput.Encode(ApiSurface.ValidValue(p))}").ToList();
            var validPath = route.PathParameters.Count == 0 ? route.Template : Fill(route, _surface.ValidPathValue(route));
            var swept = route.Query.Where(p => route == pagingRoute || !paging.Contains(p.Name)).ToList();
            foreach (var value in HostileInput.Short)
            {
                if (route.PathParameters.Count > 0) probes.Add(new Probe("GET", Url(Fill(route, value), required), false));
                foreach (var parameter in swept)
                    probes.Add(new Probe("GET", Url(validPath, [$"{parameter.Name}={value}", .. required.Where(r => !r.StartsWith(parameter.Name + "=", StringComparison.Ordinal))]), false));
            }
            foreach (var name in HostileInput.UnknownNames)
                probes.Add(new Probe("GET", Url(validPath, [.. required, $"{name}=1"]), false));
        }
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (probe, _) => await Send(probe));
    }

    [Fact]
    public async Task Every_parameter_given_twice_is_a_400_problem_naming_it()
    {
        foreach (var route in _surface.Routes.Where(r => r.Query.Count > 0))
            foreach (var parameter in route.Query)
            {
                var value = HostileInput.Encode(ApiSurface.ValidValue(parameter));
                var required = route.Query.Where(p => p.Required && p != parameter).Select(p => $"{p.Name}={HostileInput.Encode(ApiSurface.ValidValue(p))}");
                var url = Url(route.PathParameters.Count == 0 ? route.Template : Fill(route, _surface.ValidPathValue(route)), [.. required, $"{parameter.Name}={value}", $"{parameter.Name}={value}"]);
                var problem = await GetJson(url, 400);
                Assert.True(problem.GetProperty("errors").TryGetProperty(parameter.Name, out _), $"{url}: {problem}");
            }
    }

    /// <summary>FTS5 reads its query as a C string: a NUL once cut the quoted phrase open (500, "unterminated string").</summary>
    [Theory]
    [InlineData("a%00b")]
    [InlineData("abc%00")]
    [InlineData("%00%00%00")]
    [InlineData("%22a%00")]
    [InlineData("%E5%B2%9B%00")]
    public async Task A_search_for_text_with_a_nul_is_matched_literally_and_finds_nothing(string q)
    {
        var page = await GetJson($"/api/v1/search?q={q}");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/nothing-here", 404)]
    [InlineData("/api/v1/reports/nope", 404)]
    [InlineData("/api/v1/reports?limit=0", 400)]
    [InlineData("/api/v1/search", 400)]
    public async Task Errors_are_problem_json_whatever_the_client_accepts(string url, int status)
    {
        foreach (var accept in new[] { "text/csv", "text/html", "application/xml", "image/png", "text/plain;q=0.1" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            using var response = await Client.SendAsync(request);
            Assert.Equal((HttpStatusCode)status, response.StatusCode);
            await ResponseContract.Check("GET", $"{url} (Accept: {accept})", response);
        }
        using var post = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Headers = { { "Accept", "text/csv" } } });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        await ResponseContract.Check("POST", "/api/v1/reports (Accept: text/csv)", post);
    }

    async Task Send(Probe probe)
    {
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
        if (probe.AcceptCsv) request.Headers.Add("Accept", "text/csv");
        using var response = await Client.SendAsync(request);
        await ResponseContract.Check(probe.Method, probe.Url, response);
    }

    Gen<ApiSurface.Route> AnyRoute => Gen.OneOf(_surface.Routes.ToArray());

    static readonly Gen<string> Method = Gen.Frequency((9, Gen.Const("GET")), (1, Gen.Const("HEAD")));

    /// <summary>The route with its parameters filled: a real id, or (when hostile) mostly hostile values.</summary>
    Gen<string> PathOf(ApiSurface.Route route, bool hostile = true)
    {
        if (route.PathParameters.Count == 0) return Gen.Const(route.Template);
        var valid = Gen.Const(() => _surface.ValidPathValue(route));
        return (hostile ? Gen.Frequency((1, valid), (3, HostileInput.Value)) : valid).Select(value => Fill(route, value));
    }

    /// <summary>A query pair: mostly the route's own parameters (valid or hostile values), sometimes unknown names, the cache-buster, or no value.</summary>
    static Gen<string> AnyPair(ApiSurface.Route route)
    {
        var names = Gen.Frequency(
            (route.Query.Count > 0 ? 6 : 0, route.Query.Count > 0 ? Gen.OneOf(route.Query.Select(q => q.Name).ToArray()) : Gen.Const("")),
            (1, Gen.OneOf(HostileInput.UnknownNames.ToArray())),
            (1, Gen.Const("_")));
        var values = Gen.Frequency(
            (1, Gen.Int[0, 10].Select(pick => route.Query.Count == 0 ? "1" : HostileInput.Encode(ApiSurface.ValidValue(route.Query[pick % route.Query.Count], pick)))),
            (3, HostileInput.Value));
        return Gen.Select(names, values, Gen.Int[0, 9], (name, value, form) => form switch
        {
            0 => name,                // a bare name: "?limit"
            1 => $"{name}=",          // an empty value
            2 => $"{name}={value}&",  // a trailing separator
            _ => $"{name}={value}",
        });
    }

    /// <summary>
    /// Puts the value in every path parameter. A NUL becomes %01: the in-memory client throws before sending a path
    /// with a NUL, and Kestrel refuses one itself (see <see cref="KestrelLimitsTests"/>).
    /// </summary>
    static string Fill(ApiSurface.Route route, string value) =>
        route.PathParameters.Aggregate(route.Template, (path, name) =>
            path.Replace("{" + name + "}", value.Replace("%00", "%01", StringComparison.Ordinal), StringComparison.Ordinal));

    static string Url(string path, IEnumerable<string> pairs)
    {
        var query = string.Join("&", pairs);
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
