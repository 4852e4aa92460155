using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Http;

/// <summary>
/// Query strings must say what they mean: a parameter an endpoint does not know (a typo such as <c>perod=2021</c>
/// would otherwise be silently ignored) or a scalar given twice is a 400 that lists the allowed parameters. The
/// allowed names are read from each handler's [AsParameters] record, so they never drift from the docs. A bare
/// <c>_</c> cache-buster is always allowed.
/// </summary>
public static class StrictQuery
{
    public const string CacheBuster = "_";

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var allowed = AllowedNames(factory.MethodInfo);
        return invocation =>
        {
            var query = invocation.HttpContext.Request.Query;
            var errors = new Dictionary<string, string[]>();
            foreach (var (name, values) in query)
            {
                if (name == CacheBuster) continue;
                if (!allowed.Contains(name))
                    errors[name] = [allowed.Count == 0
                        ? $"Unknown query parameter '{name}': this endpoint takes no query parameters."
                        : $"Unknown query parameter '{name}'. Allowed: {string.Join(", ", allowed)}."];
                else if (values.Count > 1)
                    errors[name] = [$"'{name}' is given {values.Count} times; give it once."];
            }
            return errors.Count == 0
                ? next(invocation)
                : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors, title: "Invalid query parameters",
                    detail: $"Unknown or repeated query parameter(s): {string.Join(", ", errors.Keys)}."));
        };
    }

    static IReadOnlyList<string> AllowedNames(MethodInfo method) =>
        method.GetParameters()
            .SelectMany(p => p.GetCustomAttribute<AsParametersAttribute>() is not null
                ? p.ParameterType.GetProperties().Select(q => q.GetCustomAttribute<FromQueryAttribute>()?.Name).OfType<string>()
                : p.GetCustomAttribute<FromQueryAttribute>() is { } q ? [q.Name ?? p.Name!] : [])
            .Distinct()
            .ToList();

    /// <summary>Case-insensitive, as ASP.NET Core binds query strings.</summary>
    static bool Contains(this IReadOnlyList<string> names, string name) => names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
