namespace LuchengReport.Core.Model;

/// <summary>One report as the parser understands it: metadata, sections and paragraphs, all traceable to <see cref="Text"/>.</summary>
public sealed record ParsedReport(
    string Id,
    string SourceFile,
    string SourceSha256,
    string Text,
    ReportMetadata Metadata,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>
    /// What the parser could not read the usual way, in words for a reader ("no part headings found …"). A report of
    /// an unfamiliar shape is imported with a warning rather than refused.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What the report's sidecar says about its source (not read from the text); null without a sidecar.</summary>
    public Provenance? Provenance { get; init; }
}

/// <summary>What the page header and the cover say about the report. Null where the text does not say it.</summary>
/// <param name="Title">The cover's title line naming the report ("2025年浙江省政府工作报告", "政府工作报告"), never web furniture.</param>
/// <param name="Place">The government's area: from the venue ("在温州市鹿城区第九届…" → 温州市鹿城区), else from the speaker's
/// government ("青田县人民政府县长" → 青田县); null for the State Council.</param>
/// <param name="District">The county-level unit of <paramref name="Place"/> (温州市鹿城区 → 鹿城区, 青田县 → 青田县); the place
/// itself when it is prefecture-level (温州市, an autonomous prefecture, a league); null for a province-level place
/// (浙江省, 宁夏回族自治区, 北京市), which has no district.</param>
/// <param name="Session">The 届…次会议 phrase as written, with 全国 for the national congress.</param>
/// <param name="Speaker">The name only ("殷勇", not "殷勇同志").</param>
/// <param name="SpeakerRole">The office as written without the place ("浙江省代省长" → 代省长), with 国务院 when written.</param>
/// <param name="Year">The plan year the report is for, by the rule of <c>Parsing.Cover.PlanYear</c>: the year its title
/// names, else the delivery year (moved to the next when a report delivered in October–December reviews that year;
/// null when such a report does not say).</param>
public sealed record ReportMetadata(
    string? Title,
    string? IndexNumber,
    string? Category,
    string? Publisher,
    string? PublishedOn,
    string? Disclosure,
    string? DeliveredOn,
    string? Place,
    string? District,
    string? Session,
    string? Speaker,
    string? SpeakerRole,
    int? Year);

public static class SectionLevels
{
    /// <summary>The address before the first part (各位代表: …); it has no number and no heading of its own.</summary>
    public const string Preamble = "preamble";
    /// <summary>一、二、三、 …, or a title line of its own where the numerals are missing ("2024年工作回顾").</summary>
    public const string Part = "part";
    /// <summary>(一)(二) … inside a part (or 一、二、 … listed inside an unnumbered part).</summary>
    public const string Item = "item";
    /// <summary>
    /// A paragraph inside an item, or inside a part that has no items, that opens with a short title sentence
    /// (强化创新平台建设。…).
    /// </summary>
    public const string Subsection = "subsection";
    /// <summary>
    /// What follows the closing words: an attachment (附件, 附件1: 2025年10件惠民实事) or a glossary (名词解释), with
    /// its paragraphs; a numbered list in it is not parts.
    /// </summary>
    public const string Appendix = "appendix";

    public static readonly IReadOnlyList<string> All = [Preamble, Part, Item, Subsection, Appendix];
}

/// <summary>
/// A node of the table of contents. <see cref="Ordinal"/> counts among siblings (1-based; the preamble is 0);
/// <see cref="Sequence"/> is document order over all sections. Its subtree holds paragraphs
/// <see cref="FirstParagraph"/>..<see cref="LastParagraph"/> (ordinals), and spans <see cref="Start"/>..<see cref="End"/>
/// of the report text, heading included.
/// </summary>
public sealed record Section(
    string Id,
    string? ParentId,
    string Level,
    string? Number,
    string Title,
    int Ordinal,
    int Sequence,
    int Depth,
    int Start,
    int End,
    int? FirstParagraph,
    int? LastParagraph);

/// <summary>A body paragraph: one line of the report, trimmed; <c>Text == report.Text[Start..End]</c>.</summary>
public sealed record Paragraph(string Id, string SectionId, int Ordinal, string Text, int Start, int End);
