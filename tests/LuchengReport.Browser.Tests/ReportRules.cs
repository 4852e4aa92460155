using System.Globalization;
using System.Text.Json;
using static LuchengReport.Browser.Tests.FrontPage;

namespace LuchengReport.Browser.Tests;

/// <summary>
/// The page's rules worked out again here from the API, so the tests hold the page to the data rather than to
/// figures written down: the report's year is the plan year and its results are for the year before; the review is
/// the part holding most of the results-year actual facts, the plan the part holding most of the plan-year targets;
/// the headline results are the first paragraph of the review that holds them; the headline targets are the main
/// targets the API serves (/reports/{id}/targets), or, for a report that states none, the first paragraph of the plan
/// that holds plan-year targets.
/// </summary>
public sealed class ReportRules
{
    public required JsonElement Report { get; init; }
    public required string PlanYear { get; init; }
    public required string ResultsYear { get; init; }
    /// <summary>The results-year actual facts and the plan-year targets, in document order.</summary>
    public required List<JsonElement> Results { get; init; }
    public required List<JsonElement> Targets { get; init; }
    /// <summary>The main targets the API reads from the report's statement of them, in text order.</summary>
    public required List<JsonElement> MainTargets { get; init; }
    /// <summary>Each section id → the id of its top-level section.</summary>
    public required Dictionary<string, string> TopOf { get; init; }

    public string Id => Str(Report, "id");
    public string? ReviewPart => PartHolding(Results);
    public string? PlanPart => PartHolding(Targets);
    public List<JsonElement> HeadlineResults => FirstParagraphIn(ReviewPart, Results);
    public List<JsonElement> HeadlineTargets => MainTargets.Count > 0 ? MainTargets : FirstParagraphIn(PlanPart, Targets);

    public static async Task<ReportRules> Of(BrowserFixture fixture)
    {
        var report = (await Get(fixture, "/api/v1/reports?limit=1")).GetProperty("items")[0];
        var id = Str(report, "id");
        var year = report.GetProperty("year").GetInt32();
        var sections = await Items(fixture, $"/api/v1/sections?report={id}&limit=500");
        var parents = sections.ToDictionary(s => Str(s, "id"), s => Str(s, "parentId"));
        string Top(string section) => parents[section] == "" ? section : Top(parents[section]);
        async Task<List<JsonElement>> Facts(string kind, int period) =>
            (await Items(fixture, $"/api/v1/indicators?report={id}&kind={kind}&limit=500"))
            .Where(i => Str(i, "period") == period.ToString(CultureInfo.InvariantCulture)).ToList();
        return new ReportRules
        {
            Report = report,
            PlanYear = year.ToString(CultureInfo.InvariantCulture),
            ResultsYear = (year - 1).ToString(CultureInfo.InvariantCulture),
            Results = await Facts("actual", year - 1),
            Targets = await Facts("target", year),
            TopOf = parents.Keys.ToDictionary(s => s, Top),
            MainTargets = await Items(fixture, $"/api/v1/reports/{id}/targets?limit=500"),
        };
    }

    string? PartHolding(List<JsonElement> facts) =>
        facts.GroupBy(i => TopOf[Str(i, "sectionId")]).MaxBy(g => g.Count())?.Key;

    List<JsonElement> FirstParagraphIn(string? part, List<JsonElement> facts)
    {
        var inPart = facts.Where(i => TopOf[Str(i, "sectionId")] == part).ToList();
        return inPart.Where(i => Str(i, "paragraphId") == Str(inPart[0], "paragraphId")).ToList();
    }
}
