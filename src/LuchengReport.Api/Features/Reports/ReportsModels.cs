using System.ComponentModel;
using FluentValidation;
using LuchengReport.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace LuchengReport.Api.Features.Reports;

[Description("A government work report and what its header and cover say about it. Fields are null where the text does not say.")]
public sealed record ReportDto
{
    [Description("Stable id formed from the seed file's name: the name itself when it is already lower-case letters, digits and hyphens (lucheng-2021.txt → lucheng-2021), else by the rule in seeds/README.md (2025年浙江省政府工作报告.txt → 2025-zhejiangsheng).")] public required string Id { get; init; }
    [Description("The cover title (标题), e.g. 政府工作报告.")] public required string? Title { get; init; }
    [Description("The county-level unit of the place (区, 县, 旗, 县级市), e.g. 鹿城区 for 温州市鹿城区; the place itself for a prefecture-level one (温州市, an autonomous prefecture, a league); null for a province-level place (province, autonomous region, municipality such as 北京市) and for the State Council.")] public required string? District { get; init; }
    [Description("The plan year the report is for: the year its title names (2022年…政府工作报告, …年度…); else the delivery year, for a report delivered January–September; for one delivered October–December, the year after the year it says it reviews (一、2022年工作回顾), else null.")] public required int? Year { get; init; }
    [Description("The congress session it was delivered to (会议), e.g. 第九届人民代表大会第五次会议.")] public required string? Session { get; init; }
    [Description("The government the report speaks for: its place, or 国务院 for the State Council (a report to the 全国人民代表大会); null when neither can be read. Reports of one government line up across years: /api/v1/outcomes finds a target's result in the same government's later report.")] public required string? Government { get; init; }
    [Description("The government's area, as the venue names it (在温州市鹿城区第九届… → 温州市鹿城区; 浙江省), else as the speaker's government does (青田县人民政府 → 青田县); null for the State Council (a venue of the 全国人民代表大会).")] public required string? Place { get; init; }
    [Description("Delivery date (报告日期), ISO 8601.")] public required string? DeliveredOn { get; init; }
    [Description("Who delivered it (报告人): the name only, without 同志, e.g. 白洪楞, 艾尔肯·吐尼亚孜.")] public required string? Speaker { get; init; }
    [Description("The speaker's office as the cover writes it, without the place or 人民政府 before it but with 国务院 when written: 区长, 代省长, 代理主席, 国务院总理, 副总理兼财政部长.")] public required string? SpeakerRole { get; init; }
    [Description("发布机构: the office that published the page, e.g. 区政府办公室.")] public required string? Publisher { get; init; }
    [Description("索引号: the government disclosure index number.")] public required string? IndexNumber { get; init; }
    [Description("组配分类: the disclosure category.")] public required string? Category { get; init; }
    [Description("公开方式: how it is disclosed, e.g. 主动公开.")] public required string? Disclosure { get; init; }
    [Description("生成日期: the date the page was generated, ISO 8601.")] public required string? PublishedOn { get; init; }
    [Description("SHA-256 of the seed file's bytes the data was built from.")] public required string SourceSha256 { get; init; }
    [Description("Where the text came from, as the provenance sidecar beside the report's file says (seeds/<file name without .txt>.source.json), not the text; null when the report has no sidecar.")] public required ReportProvenance? Provenance { get; init; }
    [Description("What the importer could not read the usual way (e.g. no part headings found), in words; empty when the report read cleanly.")] public required IReadOnlyList<string> Warnings { get; init; }
    [Description("How many sections and paragraphs the report has.")] public required ReportCounts Counts { get; init; }
}

[Description("What a report's provenance sidecar says about its source. Each field is null where the sidecar says nothing.")]
public sealed record ReportProvenance(
    [property: Description("Where the text was published: an http or https URL.")] string? SourceUrl,
    [property: Description("Who published it.")] string? Publisher,
    [property: Description("The terms the text is republished under, in words.")] string? Licence,
    [property: Description("When the text was captured, ISO 8601 date.")] string? RetrievedOn,
    [property: Description("How the text was captured, or anything else a reader should know.")] string? Note);

public sealed record ReportCounts(
    [property: Description("Parts (一、二、三、, or title lines of their own where the numerals are missing).")] int Parts,
    [property: Description("Items ((一)(二)… inside parts).")] int Items,
    [property: Description("Subsections (titled paragraphs inside items, or inside parts without items).")] int Subsections,
    [property: Description("Appendices after the closing words (附件, 名词解释).")] int Appendices,
    [property: Description("Body paragraphs, the opening address included.")] int Paragraphs,
    [property: Description("Numeric facts (indicators) read from the text.")] int Indicators,
    [property: Description("Main expected targets (主要预期目标) read from the statement of them; 0 when the report states none.")] int Targets);

[Description("The nested table of contents of a report.")]
public sealed record ReportContents(
    [property: Description("The report id.")] string ReportId,
    [property: Description("The report title.")] string? Title,
    [property: Description("Top-level sections in document order: the preamble (opening address), the parts, each with its children, and the appendices.")] IReadOnlyList<ContentsNode> Sections);

[Description("A section in the table of contents, with its children.")]
public sealed record ContentsNode(
    [property: Description("Section id.")] string Id,
    [property: Description("preamble, part, item, subsection or appendix.")] string Level,
    [property: Description("The heading number as written (一, 二 …), an appendix's label (附件1), or null.")] string? Number,
    [property: Description("The heading as published, without its number.")] string Title,
    [property: Description("Paragraphs in this section and its descendants.")] int ParagraphCount,
    [property: Description("Child sections in document order.")] IReadOnlyList<ContentsNode> Children);

/// <summary>GET /api/v1/reports filters: the catalogue by year, government and words of its cover.</summary>
public sealed record ReportListQuery : PagedQuery
{
    [FromQuery(Name = "year")] public string? Year { get; init; }
    [FromQuery(Name = "place")] public string? Place { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }

    public int? YearNumber => Year is null ? null : int.Parse(Year, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class ReportListQueryValidator : AbstractValidator<ReportListQuery>
{
    public ReportListQueryValidator()
    {
        Include(new PagingRules());
        RuleFor(q => q.Year).PlanYear();
        RuleFor(q => q.Place).FilterText("place");
        RuleFor(q => q.Q).FilterText();
    }
}
