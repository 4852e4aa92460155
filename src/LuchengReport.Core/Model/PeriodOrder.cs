namespace LuchengReport.Core.Model;

/// <summary>
/// Periods are a year ("2020") or a span ("2016-2020"). Timelines order them by the year they end, then the year
/// they start: 2015, 2016-2020, 2020, 2021, 2021-2025.
/// </summary>
public static class PeriodOrder
{
    public static (int End, int Start) SortKey(string period)
    {
        var years = period.Split('-');
        int start = int.TryParse(years[0], out var s) ? s : int.MaxValue;
        int end = int.TryParse(years[^1], out var e) ? e : start;
        return (end, start);
    }

    public static IReadOnlyList<string> Ordered(IEnumerable<string> periods) => periods.Distinct().OrderBy(SortKey).ToList();
}
