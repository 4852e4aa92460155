namespace LuchengReport.Core.Projects;

/// <summary>
/// A named project of the report (温州国际未来科技岛, 104国道鹿城段 …): one entry however many variants of its name
/// the text uses, with every place it is mentioned. <see cref="Id"/> is the report id plus the project's rank by
/// first mention ("lucheng-2021-j7"), so it is stable for a given text and readable in a URL.
/// </summary>
public sealed record Project(
    string Id,
    string ReportId,
    string Name,
    IReadOnlyList<string> Aliases,
    string Category,
    IReadOnlyList<ProjectMention> Mentions);

/// <summary>
/// One place a project is named. <see cref="Quote"/> is the clause that names it, verbatim:
/// <c>paragraph.Text[QuoteStart..QuoteEnd] == Quote</c>. <see cref="Surface"/> is the name as written there.
/// <see cref="Status"/> is the verb the clause attaches to it as written (开工, 建成, 启动, 推进 …), or null;
/// <see cref="Period"/> is the time the paragraph speaks of ("2020", "2016-2020", "2021", "2021-2025"), or null.
/// </summary>
public sealed record ProjectMention(
    string ParagraphId,
    string SectionId,
    string Surface,
    string Quote,
    int QuoteStart,
    int QuoteEnd,
    string? Status,
    string? Period);

/// <summary>The categories a project can have; rules pick one from the name and its context, the curated table may override.</summary>
public static class ProjectCategories
{
    public const string Transport = "transport";
    public const string TechPlatform = "tech-platform";
    public const string IndustrialPark = "industrial-park";
    public const string UrbanRenewal = "urban-renewal";
    public const string CultureTourism = "culture-tourism";
    public const string Commerce = "commerce";
    public const string EnvironmentWater = "environment-water";
    public const string PublicService = "public-service";
    public const string Finance = "finance";
    public const string Digital = "digital";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        Transport, TechPlatform, IndustrialPark, UrbanRenewal, CultureTourism, Commerce,
        EnvironmentWater, PublicService, Finance, Digital, Other,
    ];
}
