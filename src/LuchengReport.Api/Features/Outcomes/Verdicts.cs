using System.Globalization;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Core.Indicators;
using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Api.Features.Outcomes;

/// <summary>
/// Whether a result meets a target. The comparator of the target's words decides first (以上: at least; 以内, 低于: at
/// most; a range: inside); a plain figure and 左右 are read by the subject's rule from the curated table (higher is
/// better, a ceiling, a level to reach), else as a figure to reach in the direction stated. 左右 allows a tolerance:
/// ±0.5 when the figure is a percentage, percentage points or per mille, else ±5% of the target.
/// </summary>
public static class Verdicts
{
    public const string Met = "met";
    public const string Missed = "missed";
    public const string NotStated = "not-stated";
    public const string Pending = "pending";
    public static readonly IReadOnlyList<string> All = [Met, Missed, NotStated, Pending];

    /// <summary>Units whose 左右 tolerance is half a point; any other unit gets 5% of the target.</summary>
    static readonly HashSet<string> PointUnits = ["%", "个百分点", "‰"];

    const decimal PointTolerance = 0.5m, ShareTolerance = 0.05m;

    /// <summary>Which way a result is better than the target, for a plain figure or 左右.</summary>
    enum Better { More, Less, Near }

    /// <summary>Whether the outcome can be weighed against the target: the same unit, or the same base unit once normalised.</summary>
    public static bool Comparable(IndicatorDto target, IndicatorDto outcome) =>
        target.Unit == outcome.Unit || target.Normalized is { } t && outcome.Normalized is { } o && t.Unit == o.Unit;

    /// <summary>met or missed, for a result of the same subject, measure and period the target is for.</summary>
    public static string Judge(IndicatorDto target, IndicatorDto outcome, string? judged)
    {
        var (low, high, result) = InTargetUnits(target, outcome);
        var tolerance = Tolerance(target);
        bool met = target.Comparator switch
        {
            Comparators.AtLeast => result >= low,
            Comparators.Above => result > low,
            Comparators.AtMost => result <= low,
            Comparators.Below => result < low,
            Comparators.Between => BetterOf(target, judged) switch
            {
                Better.More => result >= low,
                Better.Less => result <= high,
                _ => result >= low && result <= high,
            },
            Comparators.About => BetterOf(target, judged) switch
            {
                Better.More => result >= low - tolerance,
                Better.Less => result <= low + tolerance,
                _ => Math.Abs(result - low) <= tolerance,
            },
            _ => BetterOf(target, judged) == Better.Less ? result <= low : result >= low,
        };
        return met ? Met : Missed;
    }

    /// <summary>The rule <see cref="Judge"/> applies to this target, in words, with the figures it compares.</summary>
    public static string Rule(IndicatorDto target, string? judged)
    {
        string what = target.Measure != Measures.Change ? "the result" : target.Direction == Directions.Down ? "the fall" : "the growth";
        string Figure(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture) + target.Unit;
        var tolerance = Tolerance(target);
        var why = judged switch
        {
            Judgements.Higher => "; more is better for this subject",
            Judgements.Ceiling => "; this subject's target is a ceiling",
            Judgements.Level => "; this subject's target is a level to reach",
            _ => "",
        };
        var about = PointUnits.Contains(target.Unit)
            ? $" (左右 allows ±{PointTolerance}{(target.Unit == "%" ? " percentage points" : target.Unit)})"
            : " (左右 allows ±5% of the target)";
        return target.Comparator switch
        {
            Comparators.AtLeast => $"{Words(target)}: met when {what} is at least {Figure(target.Value)}",
            Comparators.Above => $"{Words(target)}: met when {what} is more than {Figure(target.Value)}",
            Comparators.AtMost => $"{Words(target)}: met when {what} is at most {Figure(target.Value)}",
            Comparators.Below => $"{Words(target)}: met when {what} is less than {Figure(target.Value)}",
            Comparators.Between => BetterOf(target, judged) switch
            {
                Better.More => $"a range: met when {what} is at least its low end, {Figure(target.Value)}{why}",
                Better.Less => $"a range: met when {what} is at most its high end, {Figure(target.ValueHigh ?? target.Value)}{why}",
                _ => $"a range: met when {what} is inside it, {Figure(target.Value)} to {Figure(target.ValueHigh ?? target.Value)}",
            },
            Comparators.About => BetterOf(target, judged) switch
            {
                Better.More => $"左右: met when {what} is at least {Figure(target.Value - tolerance)}{about}{why}",
                Better.Less => $"左右: met when {what} is at most {Figure(target.Value + tolerance)}{about}{why}",
                _ => $"左右: met when {what} is within {Figure(target.Value - tolerance)} to {Figure(target.Value + tolerance)}{about}",
            },
            _ => BetterOf(target, judged) == Better.Less
                ? $"a plain figure: met when {what} is at most {Figure(target.Value)}{why}"
                : $"a plain figure: met when {what} reaches {Figure(target.Value)}{(why.Length > 0 ? why : "; read as a figure to reach")}",
        };
    }

    static string Words(IndicatorDto target) => target.Qualifier ?? target.Comparator;

    static decimal Tolerance(IndicatorDto target) =>
        PointUnits.Contains(target.Unit) ? PointTolerance : Math.Abs(target.Value) * ShareTolerance;

    /// <summary>
    /// Which way is better, in the terms the target is stated: for a fall (下降3%) the size of the fall, so a ceiling
    /// on a quantity wants a larger fall and a quantity where more is better wants a smaller one.
    /// </summary>
    static Better BetterOf(IndicatorDto target, string? judged)
    {
        bool fall = target.Measure == Measures.Change && target.Direction == Directions.Down;
        return judged switch
        {
            Judgements.Higher => fall ? Better.Less : Better.More,
            Judgements.Ceiling => fall ? Better.More : Better.Less,
            Judgements.Level => target.Comparator == Comparators.About ? Better.Near : Better.More,
            _ => target.Comparator == Comparators.About || target.Comparator == Comparators.Between ? Better.Near : Better.More,
        };
    }

    /// <summary>
    /// The target's bounds and the result in the same terms: the same unit (or the base unit when the units differ), and
    /// a change in the target's direction (a rise of 1% against a target of a fall is a fall of −1%).
    /// </summary>
    static (decimal Low, decimal High, decimal Result) InTargetUnits(IndicatorDto target, IndicatorDto outcome)
    {
        decimal low = target.Value, high = target.ValueHigh ?? target.Value, result = outcome.Value;
        if (target.Unit != outcome.Unit && target.Normalized is { } t && outcome.Normalized is { } o && target.Value != 0)
        {
            var scale = t.Value / target.Value;
            (low, high, result) = (t.Value, high * scale, o.Value);
        }
        if (target.Measure == Measures.Change && (outcome.Direction ?? Directions.Up) != (target.Direction ?? Directions.Up)) result = -result;
        return (low, high, result);
    }
}
