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
