using System.Text.RegularExpressions;
using LuchengReport.Core.Model;
using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Indicators;

/// <summary>The kind and period a section's numbers have unless a clause says otherwise, and the period of a 从X's X.</summary>
internal sealed record PeriodFrame(string Scope, string Kind, string Period, string BaselinePeriod);

/// <summary>
/// A government work report has a fixed rhythm: a review of last year (with, in a plan's last year, a five-year
/// review), the next five-year plan's goals, then this year's targets. Which part is which comes from its title, with
/// the part's place as a fallback; years come from the report year, never from this report's text.
/// </summary>
internal static partial class PeriodRules
{
    /// <summary>A review title: "2020年主要工作和“十三五”发展回顾", "过去一年工作回顾".</summary>
    [GeneratedRegex(@"回顾|过去|总结")]
    private static partial Regex ReviewTitle();

    /// <summary>A year-plan title: "全力以赴做好“十四五”开局工作", "2021年工作安排", "今年主要任务".</summary>
    [GeneratedRegex(@"开局|今年|工作安排|工作任务|重点工作")]
    private static partial Regex YearTitle();

    /// <summary>A five-year-plan title: "“十四五”时期的奋斗目标和主要任务", "今后五年".</summary>
    [GeneratedRegex(@"十[一二三四五六七八九]五|五年|时期|规划|远景")]
    private static partial Regex PlanTitle();

    /// <summary>Where a review paragraph turns to the five years: "五年来", "过去五年", "“十三五”期间".</summary>
    [GeneratedRegex(@"五年来|过去五年|五年间|这五年|五年中|五年里|十[一二三四五六七八九]五[”""]?(?:期间|时期|以来)")]
    private static partial Regex FiveYearMarker();

    /// <summary>A horizon inside a plan: "到2025年,全区生产总值达到1500亿元".</summary>
    [GeneratedRegex(@"(?:到|至)(?<year>(?:19|20)\d\d)年")]
    private static partial Regex Horizon();

    /// <summary>A year written in a title: "2020年主要工作".</summary>
    [GeneratedRegex(@"(?<year>(?:19|20)\d\d)年")]
    private static partial Regex TitleYear();

    /// <summary>The report year: the metadata's, else one past the year the review part names, else null.</summary>
    public static int? YearOf(ParsedReport report)
    {
        if (report.Metadata.Year is { } year) return year;
        foreach (var part in report.Sections.Where(s => s.Level == SectionLevels.Part))
            if (TitleYear().Match(part.Title) is { Success: true } m)
                return int.Parse(m.Groups["year"].Value) + (ReviewTitle().IsMatch(part.Title) ? 1 : 0);
        return null;
    }

    /// <summary>The frame of every top-level section (parts and the preamble), by section id.</summary>
    public static Dictionary<string, PeriodFrame> FramesByPart(ParsedReport report, int? year)
    {
        var parts = report.Sections.Where(s => s.Level == SectionLevels.Part).ToList();
        var frames = new Dictionary<string, PeriodFrame>();
        foreach (var s in report.Sections.Where(s => s.ParentId is null))
        {
            int index = parts.IndexOf(s);
            frames[s.Id] = Frame(s.Level == SectionLevels.Part ? ScopeOf(s.Title, index, parts.Count, year) : PeriodScopes.PreviousYear, year);
        }
        return frames;
    }

    static string ScopeOf(string title, int index, int count, int? year)
    {
        if (ReviewTitle().IsMatch(title) || year is { } y && title.Contains($"{y - 1}年")) return PeriodScopes.PreviousYear;
        if (YearTitle().IsMatch(title) || year is { } y2 && title.Contains($"{y2}年")) return PeriodScopes.Year;
        if (PlanTitle().IsMatch(title)) return PeriodScopes.Plan;
        return index <= 0 ? PeriodScopes.PreviousYear : index == count - 1 ? PeriodScopes.Year : PeriodScopes.Plan;
    }

    public static PeriodFrame Frame(string scope, int? year)
    {
        string Y(int offset) => year is { } y ? (y + offset).ToString() : "unknown";
        return scope switch
        {
            PeriodScopes.Review => new(scope, Kinds.Actual, $"{Y(-5)}-{Y(-1)}", Y(-6)),
            PeriodScopes.Plan => new(scope, Kinds.Target, $"{Y(0)}-{Y(4)}", Y(-1)),
            PeriodScopes.Year => new(scope, Kinds.Target, Y(0), Y(-1)),
            _ => new(scope, Kinds.Actual, Y(-1), Y(-2)),
        };
    }

    /// <summary>
    /// A target sentence that names its horizon ("到2025年,…") runs from the report year to it; other frames, and
    /// horizons not after the report year, are kept.
    /// </summary>
    public static PeriodFrame WithHorizon(PeriodFrame frame, string text, int sentenceStart, int sentenceEnd, int? year)
    {
        if (frame.Kind != Kinds.Target || year is null) return frame;
        var m = Horizon().Match(text, sentenceStart, sentenceEnd - sentenceStart);
        if (!m.Success || int.Parse(m.Groups["year"].Value) is var until && until <= year) return frame;
        return frame with { Period = until == year ? $"{year}" : $"{year}-{until}", BaselinePeriod = $"{year - 1}" };
    }

    /// <summary>In a review paragraph, the offset from which numbers belong to the five-year review (or -1).</summary>
    public static int FiveYearFrom(string foldedParagraph, PeriodFrame frame)
    {
        if (frame.Scope != PeriodScopes.PreviousYear) return -1;
        var m = FiveYearMarker().Match(foldedParagraph);
        return m.Success ? m.Index : -1;
    }
}
