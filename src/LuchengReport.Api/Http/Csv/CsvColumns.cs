using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace LuchengReport.Api.Http.Csv;

/// <summary>
/// How a DTO becomes CSV columns, the same for every collection: scalar properties are columns named as in JSON,
/// nested records are flattened as <c>parent.child</c> (normalized.value, normalized.unit), lists of strings are
/// joined with <c>|</c>, and lists of records are left out (they have their own endpoints).
/// </summary>
public sealed record CsvColumn(string Name, string Type, Func<object, string?> Read)
{
    static readonly ConcurrentDictionary<Type, IReadOnlyList<CsvColumn>> Cache = new();

    public static IReadOnlyList<CsvColumn> For(Type type) => Cache.GetOrAdd(type, t => Flatten(t, "", o => o).ToList());

    static IEnumerable<CsvColumn> Flatten(Type type, string prefix, Func<object, object?> owner)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var kind = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object? Value(object o) => owner(o) is { } x ? property.GetValue(x) : null;

            if (ScalarType(kind) is { } scalar) yield return new CsvColumn(name, scalar, o => Format(Value(o)));
            else if (typeof(IEnumerable<string>).IsAssignableFrom(kind)) yield return new CsvColumn(name, "string", o => Value(o) is IEnumerable<string> list ? string.Join("|", list) : null);
            else if (typeof(IEnumerable).IsAssignableFrom(kind)) continue;
            else foreach (var column in Flatten(kind, name + ".", Value)) yield return column;
        }
    }

    /// <summary>The Frictionless Data type of a scalar, or null for anything else.</summary>
    static string? ScalarType(Type t) =>
        t == typeof(string) ? "string"
        : t == typeof(int) || t == typeof(long) ? "integer"
        : t == typeof(decimal) || t == typeof(double) || t == typeof(float) ? "number"
        : t == typeof(bool) ? "boolean"
        : null;

    static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
