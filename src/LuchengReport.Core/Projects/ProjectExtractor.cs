using System.Text.RegularExpressions;
using LuchengReport.Core.Model;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Projects;

/// <summary>
/// Extracts the report's named projects by rules over its text: name shapes (<see cref="NameShapes"/>), lists
/// (<see cref="NameFinder"/>), the verbs around them (<see cref="StatusWords"/>), variants of one name
/// (<see cref="AliasRules"/>). No list of known names: a renamed project is found as well as the original.
/// The curated table, when given, only refines the result (aliases, categories, exclusions).
/// </summary>
public static partial class ProjectExtractor
{
    public static IReadOnlyList<Project> Extract(ParsedReport report, CuratedProjects? curated = null)
    {
        var periods = ReportPeriods.Of(report);
        var stems = PlaceStems(report.Metadata);
        var paragraphs = report.Paragraphs
            .Select(p => new ParagraphText(p, FoldedText.Fold(p.Text), periods.GetValueOrDefault(p.Id))).ToList();

        var lists = new NameFinder.Lists();
        var occurrences = paragraphs.SelectMany(p => NameFinder.Find(p.Text, stems, lists).Select(raw => new Occurrence(p, raw)));
        var drafts = AliasRules.Merge(occurrences);
        curated?.ApplyNames(drafts);
        MentionIndex.AddRemaining(drafts, paragraphs);

        var categories = drafts.ToDictionary(d => d, d => curated?.CategoryOf(d) ?? CategoryRules.Of(NamesAndContext(d)));
        var clauseMates = new ClauseMates(drafts);
        foreach (var draft in drafts.Where(d => categories[d] == ProjectCategories.Other && curated?.CategoryOf(d) is null))
            categories[draft] = ListMatesCategory(draft, clauseMates, categories) ?? ProjectCategories.Other;

        return drafts
            .Select(d => (Draft: d, First: d.Occurrences.Min(o => (o.Ordinal, o.Raw.Surface.Start))))
            .OrderBy(x => x.First)
            .Select((x, index) => Build(report.Id, index + 1, x.Draft, categories[x.Draft]))
            .ToList();
    }

    static Project Build(string reportId, int rank, ProjectDraft draft, string category)
    {
        var name = draft.Name();
        var mentions = draft.Occurrences
            .OrderBy(o => o.Ordinal).ThenBy(o => o.Raw.Surface.Start)
            .Select(o => Mention(o))
            .DistinctBy(m => (m.ParagraphId, m.QuoteStart))
            .ToList();
        return new Project($"{reportId}-j{rank}", reportId, name, draft.Aliases(name), category, mentions);
    }

    static ProjectMention Mention(Occurrence o)
    {
        var where = o.Where;
        int start = where.Folded.OriginalStart(o.Raw.Clause.Start), end = where.Folded.OriginalEnd(o.Raw.Clause.End);
        return new ProjectMention(where.Paragraph.Id, where.Paragraph.SectionId, o.Surface,
            where.Paragraph.Text[start..end], start, end, o.Raw.Status, where.Period);
    }

    /// <summary>The names first, then the words after its lists' "等" ("等综合体建设"), for the category rules.</summary>
    static IEnumerable<string> NamesAndContext(ProjectDraft draft) =>
        draft.Occurrences.Select(o => o.Name).Concat(draft.ExtraAliases).Concat(draft.Occurrences.Select(o => o.Raw.Context));

    /// <summary>The category most common among the projects named in the same clauses: 炬光园 beside 轻工产业园区.</summary>
    static string? ListMatesCategory(ProjectDraft draft, ClauseMates clauseMates, Dictionary<ProjectDraft, string> categories) =>
        clauseMates.Of(draft).Where(d => categories[d] != ProjectCategories.Other)
            .GroupBy(d => categories[d]).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>The report's own place names, from where it was delivered: "温州市鹿城区" → 温州, 鹿城.</summary>
    static IReadOnlyList<string> PlaceStems(ReportMetadata metadata) =>
        new[] { metadata.Place, metadata.District }.Where(p => p is not null)
            .SelectMany(p => PlaceUnit().Split(FoldedText.FoldString(p!)))
            .Where(s => s.Length >= 2).Distinct().ToList();

    /// <summary>The units that end a place name: 温州市 / 鹿城区 / 瑞安县 / 浙江省.</summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}{2,})[省市区县镇]")]
    private static partial Regex PlaceUnit();
}
