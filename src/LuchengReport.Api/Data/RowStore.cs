using System.Data;
using Dapper;

namespace LuchengReport.Api.Data;

/// <summary>
/// The rows of one collection as ready-made DTOs, read from SQLite once on first use and kept for the life of the
/// process (the database never changes under a running API; a few hundred rows per report). List queries still let
/// SQLite filter, sort, count and page, but select only ids; the items come from here. Reading every column of every
/// row back through the driver was most of the cost of an uncached page (bench/RESULTS.md).
/// </summary>
public sealed class RowStore<T>(Db db, Func<IDbConnection, IEnumerable<T>> load, Func<T, string> idOf) where T : class
{
    sealed record Loaded(List<T> Rows, Dictionary<string, int> Positions);

    readonly Lazy<Loaded> _loaded = new(() =>
    {
        using var connection = db.Open();
        var rows = load(connection).ToList();
        return new Loaded(rows, rows.Select((row, position) => (row, position)).ToDictionary(r => idOf(r.row), r => r.position, StringComparer.Ordinal));
    });

    /// <summary>Every row, in load order (the loader's ORDER BY).</summary>
    public IReadOnlyList<T> All => _loaded.Value.Rows;

    public T this[string id] => _loaded.Value.Rows[_loaded.Value.Positions[id]];

    /// <summary>Where the row sits in <see cref="All"/>.</summary>
    public int PositionOf(string id) => _loaded.Value.Positions[id];

    public bool TryGet(string id, out T row)
    {
        var loaded = _loaded.Value;
        bool found = loaded.Positions.TryGetValue(id, out var position);
        row = found ? loaded.Rows[position] : null!;
        return found;
    }

    /// <summary>The rows of a page, in the order SQLite returned their ids.</summary>
    public List<T> Pick(IEnumerable<string> ids) => ids.Select(id => this[id]).ToList();

    /// <summary>The rows with these ids in load order, whatever order the ids come in (as <c>WHERE id IN (…)</c> would).</summary>
    public List<T> InLoadOrder(IEnumerable<string> ids)
    {
        var positions = _loaded.Value.Positions;
        return ids.Where(positions.ContainsKey).Select(id => positions[id]).Distinct().Order().Select(p => _loaded.Value.Rows[p]).ToList();
    }
}

/// <summary>One row of a page query: an id and, from <c>count(*) OVER ()</c>, how many rows matched in all.</summary>
public readonly record struct PagedId(string Id, long Total);

public static class PagedIds
{
    /// <summary>
    /// Runs a page query that selects <c>id</c> and <c>count(*) OVER () AS total</c>: one statement for the page and
    /// its total. A page past the end has no row to carry the total, so only then is <paramref name="countSql"/> run.
    /// </summary>
    public static async Task<(List<string> Ids, int Total)> QueryAsync(IDbConnection connection, string pageSql, string countSql, object parameters, CancellationToken ct)
    {
        var rows = (await connection.QueryAsync<PagedId>(new CommandDefinition(pageSql, parameters, cancellationToken: ct))).AsList();
        if (rows.Count > 0) return (rows.ConvertAll(r => r.Id), (int)rows[0].Total);
        return ([], (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, parameters, cancellationToken: ct)));
    }
}
