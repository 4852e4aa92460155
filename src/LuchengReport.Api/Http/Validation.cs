using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuchengReport.Api.Http;

public static class Validation
{
    /// <summary>Runs the validator; null when the query is valid, else the 400 problem naming each bad parameter.</summary>
    public static ValidationProblem? Check<T>(this IValidator<T> validator, T query)
    {
        ValidationResult result = validator.Validate(query);
        if (result.IsValid) return null;
        var errors = result.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return TypedResults.ValidationProblem(errors,
            detail: $"Invalid query parameter(s): {string.Join(", ", errors.Keys)}. See 'errors' for the allowed values.",
            title: "Invalid query parameters");
    }

    /// <summary>A 404 problem that names the id nobody knows.</summary>
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found",
            detail: $"There is no {what.ToLowerInvariant()} with id '{id}'.");

    /// <summary>A rule message that lists what is allowed, so a client can fix its request without reading docs.</summary>
    public static string OneOf(string parameter, IEnumerable<string> allowed) =>
        $"{parameter} must be one of: {string.Join(", ", allowed)}.";
}
