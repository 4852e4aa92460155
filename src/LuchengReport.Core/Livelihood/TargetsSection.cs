using LuchengReport.Core.Model;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// The item holding the plan year's livelihood targets: the source's own item when its title is about 民生
/// ("全面促进民生事业新发展"), else the item of the same part about 民生 that comes last before the source, else the
/// first such item of the part, else the source's own item.
/// </summary>
internal static class TargetsSection
{
    /// <param name="ordinal">The source paragraph's ordinal; null for a heading, which comes before its section's paragraphs.</param>
    public static string? Of(ParsedReport report, string sectionId, int? ordinal)
    {
        var byId = report.Sections.ToDictionary(s => s.Id);
        var chain = new List<Section>();
        for (var s = byId[sectionId]; ; s = byId[s.ParentId])
        {
            chain.Add(s);
            if (s.ParentId is null) break;
        }
        var item = chain.FirstOrDefault(s => s.Level == SectionLevels.Item);
        if (item is not null && LivelihoodPatterns.LivelihoodTitle().IsMatch(item.Title)) return item.Id;
        var part = chain[^1];
        var items = report.Sections.Where(s => s.ParentId == part.Id && s.Level == SectionLevels.Item
            && LivelihoodPatterns.LivelihoodTitle().IsMatch(s.Title)).ToList();
        int at = ordinal ?? byId[sectionId].FirstParagraph ?? 0;
        return (items.LastOrDefault(s => s.FirstParagraph <= at) ?? items.FirstOrDefault() ?? item)?.Id;
    }
}
