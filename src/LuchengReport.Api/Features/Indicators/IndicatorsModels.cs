using System.ComponentModel;
using System.Text.Json.Serialization;
using LuchengReport.Api.Features.Sections;

namespace LuchengReport.Api.Features.Indicators;

[Description("A numeric fact of the report (指标): what is measured, the number and unit as written and normalised, what kind of fact it is, and the verbatim words it came from.")]
public record IndicatorDto
{
    [Description("Stable id: the paragraph id and the fact's position in it, e.g. lucheng-2021-p3-n1.")] public required string Id { get; init; }
    [Description("The report id.")] public required string ReportId { get; init; }
    [Description("The paragraph the fact is stated in.")] public required string ParagraphId { get; init; }
    [Description("The section that paragraph belongs to.")] public required string SectionId { get; init; }
    [Description("What is measured (指标名称), completed from context: 城乡居民人均可支配收入71082元、38787元 gives 城镇居民人均可支配收入 and 农村居民人均可支配收入.")] public required string Subject { get; init; }
    [Description("The subject normalised for matching across paragraphs; /api/v1/subjects/{subject} groups by it.")] public required string SubjectKey { get; init; }
    [Description("The number exactly as written (1172.32 of 1172.32亿元; 12 of 十二个); the low end of a range (6.5 of 增长6.5%-7%).")] public required decimal Value { get; init; }
    [Description("The high end of a range, in the same unit (7 of 增长6.5%-7%, whose comparator is between); null for a single value.")] public required decimal? ValueHigh { get; init; }
    [Description("The number's characters as written (\"1172.32\", \"十二\").")] public required string ValueText { get; init; }
    [Description("The unit exactly as written, scale included (亿元, 万人, %, ‰, 个百分点); empty for a bare ratio.")] public required string Unit { get; init; }
    [Description("The value with the scale applied in a base unit (1172.32亿元 → 117232000000 CNY; 1.26万人 → 12600 persons; 725亿斤 → 36250000000 kg); for a range, its low end; null where the unit has no sensible base.")] public required NormalizedValue? Normalized { get; init; }
    [Description("level (an amount, count or share) or change (增长/下降 of a quantity).")] public required string Measure { get; init; }
    [Description("actual (achieved, 完成), target (planned, 目标) or baseline (X in 从X增长到Y).")] public required string Kind { get; init; }
    [Description("The period the fact is about, a year or a span, from the report's plan year Y and the sentence: Y-1 (last year's results, e.g. 2020 in a 2021 report), Y-5…Y-1 (a five-year review, 2016-2020), Y (this year's plan, 2021), Y…Y+4 (five-year goals, 2021-2025), the year or horizon a sentence names (到2025年), a baseline's year (2015); \"unknown\" only when the report's year cannot be read.")] public required string Period { get; init; }
    [Description("How the value bounds the quantity: = (exactly), >= (以上, 不低于), <= (以内, 不超过), > (突破, 超), < (不到, 低于), ~ (接近, 左右), between (a range 6.5%-7%: value to valueHigh).")] public required string Comparator { get; init; }
    [Description("The Chinese word that sets the comparator (以上, 以内, 突破, 接近 …); 确保/力争 qualify a plain = or a range; 预计 marks an estimate (its comparator still comes from its words: 预计增长5%左右 is ~); null when none.")] public required string? Qualifier { get; init; }
    [Description("up (增长, 提高) or down (下降, 减少, 压减) for a change; null for a level. The value stays positive.")] public required string? Direction { get; init; }
    [Description("The verbatim span of the paragraph holding the number and its subject.")] public required string SourceText { get; init; }
    [Description("Offset of sourceText in the paragraph text (UTF-16 code units): paragraph.text[sourceStart:sourceEnd] == sourceText.")] public required int SourceStart { get; init; }
    [Description("End offset (exclusive) of sourceText in the paragraph text.")] public required int SourceEnd { get; init; }
    [Description("Partner facts in the same clause: a level and its growth; a baseline and the value it grew to.")] public required IReadOnlyList<string> RelatedIds { get; init; }
    [Description("core for real indicators; edge for numbers debatable as indicators (durations, rankings, time circles such as 15分钟文化圈, Chinese-numeral counts such as 突破千亿).")] public required string Tier { get; init; }
}

[Description("A value in a base unit.")]
public sealed record NormalizedValue(
    [property: Description("The value with 万/亿 and the like applied.")] decimal Value,
    [property: Description("The base unit: CNY, USD, persons, percent, permille, percentage-points, count, mu, m2, km …")] string Unit);

[Description("An indicator with the paragraph it came from, where that sits, and its related facts.")]
public sealed record IndicatorDetail : IndicatorDto
{
    [JsonPropertyOrder(1), Description("The paragraph text the fact is stated in.")] public required string ParagraphText { get; init; }
    [JsonPropertyOrder(1), Description("The sections from the part down to the paragraph's own section.")] public required IReadOnlyList<SectionRef> Breadcrumb { get; init; }
    [JsonPropertyOrder(1), Description("The related facts in full.")] public required IReadOnlyList<IndicatorDto> Related { get; init; }
}
