using System.Text.RegularExpressions;
using LuchengReport.Core.Model;
using LuchengReport.Core.Reading;
using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Indicators;

/// <summary>The kind and period a section's numbers have unless a clause says otherwise, and the period of a 从X's X.</summary>
internal sealed record PeriodFrame(string Scope, string Kind, string Period, string BaselinePeriod);

/// <summary>
/// A government work report has a fixed rhythm: a review of last year (with, in a plan's last year, a five-year
/// review), the next five-year plan's goals, then this year's targets. Which part is which comes from its title, with
/// the part's place as a fallback; periods count from the report year, except where a sentence names its own year
/// or horizon ("2024年,…", "到2027年,…") or a statement of main targets names the year it is for.
/// </summary>
internal static partial class PeriodRules
{
    /// <summary>
    /// A review title: "2020年主要工作和“十三五”发展回顾", "过去一年工作回顾", "１９９０年计划的执行情况", "１９５５年国家决算",
    /// "…一九五八年的伟大成就".
    /// </summary>
    [GeneratedRegex(@"回顾|过去|总结|执行情况|决算|成就")]
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

    /// <summary>
    /// The report year: the metadata's, else the first year a part title names (titles as published: "２００９年工作回顾",
    /// "一九八九年的回顾", "关于1 9 9 8 年政府工作的建议"), one past it in a review title; a horizon ("到2035年") is no
    /// report year. Null when neither says.
    /// </summary>
    public static int? YearOf(ParsedReport report)
    {
        if (report.Metadata.Year is { } year) return year;
        foreach (var part in report.Sections.Where(s => s.Level == SectionLevels.Part))
        {
            var title = FoldedText.FoldString(part.Title);
            foreach (Match m in YearWords.Year().Matches(title))
                if (m.Index == 0 || title[m.Index - 1] is not ('到' or '至'))
                    return YearWords.Of(m) + (ReviewTitle().IsMatch(title) ? 1 : 0);
        }
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
            frames[s.Id] = Frame(s.Level == SectionLevels.Part ? ScopeOf(FoldedText.FoldString(s.Title), index, parts.Count, year) : PeriodScopes.PreviousYear, year);
        }
        return frames;
    }

    /// <summary>
    /// A part's scope from its title, else from its place: the first part reviews, the last plans the year, and one
    /// between them sets out the five-year plan only in a report that opens one (five-year plans run 2021-2025,
    /// 2026-2030 …: the report of 2021 or 2026 sets out its goals); elsewhere it plans the year.
    /// </summary>
    static string ScopeOf(string title, int index, int count, int? year)
    {
        if (ReviewTitle().IsMatch(title) || year is { } y && NamesYear(title, y - 1)) return PeriodScopes.PreviousYear;
        if (YearTitle().IsMatch(title) || year is { } y2 && NamesYear(title, y2)) return PeriodScopes.Year;
        if (PlanTitle().IsMatch(title)) return PeriodScopes.Plan;
        if (index <= 0) return PeriodScopes.PreviousYear;
        if (index == count - 1) return PeriodScopes.Year;
        return year is { } y3 && y3 % 5 != 1 ? PeriodScopes.Year : PeriodScopes.Plan;
    }

    static bool NamesYear(string title, int year)
    {
        foreach (Match m in YearWords.Year().Matches(title))
            if (YearWords.Of(m) == year) return true;
        return false;
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

    /// <summary>The frame of a statement of main targets: targets of <paramref name="period"/>, their baselines the year before.</summary>
    public static PeriodFrame MainTargets(string period) =>
        new(PeriodScopes.Year, Kinds.Target, period, int.TryParse(period, out int y) ? $"{y - 1}" : period);

    /// <summary>
    /// The frame of a sentence's numbers: a target sentence that names its horizon ("到2027年,…") runs from the report
    /// year to it; else a sentence that opens with its own year ("2024年,全省…", "二〇二五年全市…") is about that year,
    /// a target from the report year on, an actual before it. Other sentences keep <paramref name="frame"/>: a
    /// five-year plan named later in the sentence ("…,高质量完成“十四五”规划目标任务") does not re-date them.
    /// </summary>
    public static PeriodFrame ForSentence(PeriodFrame frame, string text, int sentenceStart, int sentenceEnd, int? year)
    {
        if (frame.Kind == Kinds.Target && year is { } plan && Horizon().Match(text, sentenceStart, sentenceEnd - sentenceStart) is { Success: true } h
            && int.Parse(h.Groups["year"].Value) is var until && until >= plan)
            return frame with { Kind = Kinds.Target, Period = until == plan ? $"{plan}" : $"{plan}-{until}", BaselinePeriod = $"{plan - 1}" };
        if (OwnYear(text, sentenceStart, sentenceEnd) is not { } own) return frame;
        var kind = year is { } y ? (own >= y ? Kinds.Target : Kinds.Actual) : frame.Kind;
        return frame with { Kind = kind, Period = $"{own}", BaselinePeriod = $"{own - 1}" };
    }

    /// <summary>
    /// The year a sentence opens with as the time of what it says: "2024年,…", "2024年全省…", "2024年我市…",
    /// "2024年底,…". Not the year something began ("2004年我们提出用三年时间…", "2024年以来").
    /// </summary>
    [GeneratedRegex(@"\G(?:[底末]|全年)?(?:[,:]|全[国省市区县州盟旗]|我[国省市区县州盟旗])")]
    private static partial Regex OwnYearTail();

    static int? OwnYear(string text, int start, int end)
    {
        var m = YearWords.Year().Match(text, start, Math.Min(end - start, 8));
        if (!m.Success || m.Index != start || !OwnYearTail().Match(text, m.Index + m.Length, end - m.Index - m.Length).Success) return null;
        return YearWords.Of(m);
    }

    /// <summary>In a review paragraph, the offset from which numbers belong to the five-year review (or -1).</summary>
    public static int FiveYearFrom(string foldedParagraph, PeriodFrame frame)
    {
        if (frame.Scope != PeriodScopes.PreviousYear) return -1;
        var m = FiveYearMarker().Match(foldedParagraph);
        return m.Success ? m.Index : -1;
    }
}
