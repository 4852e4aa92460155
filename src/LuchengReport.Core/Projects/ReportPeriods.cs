using System.Text.RegularExpressions;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Projects;

/// <summary>
/// The time each paragraph speaks of, from the report year Y and the part it sits in (never from fixed years):
/// a part looking back at Y-1 ("2020年主要工作和“十三五”发展回顾") speaks of Y-1 until its five-year review
/// ("…五年来", "过去五年"), which covers Y-5..Y-1; a part about a five-year plan ("“十四五”时期的奋斗目标")
/// covers that plan's years (Y..Y+4 when it starts in Y); a part about the year itself ("做好“十四五”开局工作",
/// "2021年工作安排") covers Y.
/// </summary>
public static partial class ReportPeriods
{
    /// <summary>Paragraph id → period ("2020", "2016-2020", "2021", "2021-2025"). Empty when the report year is unknown.</summary>
    public static IReadOnlyDictionary<string, string> Of(ParsedReport report)
    {
        var periods = new Dictionary<string, string>();
        if ((report.Metadata.Year ?? YearFromTitles(report)) is not int year) return periods;

        // Looked up per paragraph, so built once: a scan of all sections per paragraph is quadratic in report size.
        var byId = report.Sections.ToDictionary(s => s.Id);
        var partOf = report.Sections.ToDictionary(s => s.Id, s => TopPart(byId, s));
        var firstItemParagraph = FirstChildParagraphs(report.Sections);
        var kinds = report.Sections.Where(s => s.ParentId is null)
            .ToDictionary(s => s.Id, s => Classify(s, year));
        var plans = report.Sections.Where(s => s.ParentId is null).ToDictionary(s => s.Id, s => PlanYears(s, year));
        var reviewStarted = new HashSet<string>();
        string lastKind = Kind.Past;
        string review = $"{year - 5}-{year - 1}", previous = $"{year - 1}", current = $"{year}";

        foreach (var paragraph in report.Paragraphs)
        {
            var part = partOf[paragraph.SectionId];
            var kind = kinds.GetValueOrDefault(part.Id, lastKind);
            if (kind == Kind.Unknown) kind = lastKind;
            lastKind = kind;

            // The five-year review is the run of paragraphs, after the items, that speak of "五年".
            if (kind == Kind.Past && paragraph.SectionId == part.Id
                && paragraph.Ordinal > (firstItemParagraph.TryGetValue(part.Id, out int first) ? first : int.MaxValue)
                && (reviewStarted.Contains(part.Id) || FiveYears().IsMatch(FoldedText.FoldString(paragraph.Text))))
                reviewStarted.Add(part.Id);

            periods[paragraph.Id] = kind switch
            {
                Kind.Past when reviewStarted.Contains(part.Id) => review,
                Kind.Past => previous,
                Kind.Plan => plans[part.Id],
                _ => current,
            };
        }
        return periods;
    }

    static class Kind
    {
        public const string Past = "past", Plan = "plan", Year = "year", Unknown = "unknown";
    }

    /// <summary>What a part (or the preamble) is about, from its title alone.</summary>
    static string Classify(Section part, int year)
    {
        if (part.Level == SectionLevels.Preamble) return Kind.Past;
        var title = FoldedText.FoldString(part.Title);
        if (title.Contains($"{year - 1}年") || ReviewTitle().IsMatch(title)) return Kind.Past;
        if (title.Contains("开局") || title.Contains($"{year}年") || title.Contains("今年")) return Kind.Year;
        if (PlanNumber(title) is long n && PlanStart(n) >= year - 4) return Kind.Plan;
        if (title.Contains("奋斗目标") || title.Contains("五年")) return Kind.Plan;
        return Kind.Unknown;
    }

    /// <summary>The years of the plan a part is about: those of its numbered plan ("“十四五”" → 2021-2025), else Y..Y+4.</summary>
    static string PlanYears(Section part, int year) =>
        PlanNumber(FoldedText.FoldString(part.Title)) is long n && PlanStart(n) >= year - 4
            ? $"{PlanStart(n)}-{PlanStart(n) + 4}"
            : $"{year}-{year + 4}";

    static long? PlanNumber(string title) =>
        FivePlan().Match(title) is { Success: true } plan && ChineseNumerals.TryParse(plan.Groups["n"].Value, out long n) ? n : null;

    /// <summary>Without a cover date: one past the year a review part names ("2020年主要工作…回顾" → 2021), or the year a plan part names.</summary>
    static int? YearFromTitles(ParsedReport report)
    {
        foreach (var part in report.Sections.Where(s => s.Level == SectionLevels.Part))
            if (TitleYear().Match(FoldedText.FoldString(part.Title)) is { Success: true } m)
                return int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) + (ReviewTitle().IsMatch(part.Title) ? 1 : 0);
        return null;
    }

    /// <summary>A title looking back: "…发展回顾", "过去一年工作总结".</summary>
    [GeneratedRegex(@"回顾|总结|过去")]
    private static partial Regex ReviewTitle();

    /// <summary>A year in a title: "2020年主要工作".</summary>
    [GeneratedRegex(@"(?<year>(?:19|20)\d\d)年")]
    private static partial Regex TitleYear();

    /// <summary>First year of the nth five-year plan; regular since the sixth (1981-1985): 十四五 → 2021.</summary>
    public static long PlanStart(long n) => 1981 + 5 * (n - 6);

    static Section TopPart(Dictionary<string, Section> byId, Section section)
    {
        while (section.ParentId is { } parent) section = byId[parent];
        return section;
    }

    /// <summary>Section id → the first paragraph of its children (its items, for a part); absent when none has one.</summary>
    static Dictionary<string, int> FirstChildParagraphs(IReadOnlyList<Section> sections)
    {
        var first = new Dictionary<string, int>();
        foreach (var s in sections)
            if (s.ParentId is { } parent && s.FirstParagraph is int p && (!first.TryGetValue(parent, out int seen) || p < seen))
                first[parent] = p;
        return first;
    }

    /// <summary>A plan named by its number: "“十四五”时期" → 十四.</summary>
    [GeneratedRegex(@"(?<n>[一二三四五六七八九十]{1,3})五")]
    private static partial Regex FivePlan();

    /// <summary>The review's opening words: "五年来", "过去五年", "“十三五”发展胜利收官".</summary>
    [GeneratedRegex(@"五年|[一二三四五六七八九十]{1,3}五”?(?:时期|期间)?(?:发展)?胜利收官")]
    private static partial Regex FiveYears();
}
