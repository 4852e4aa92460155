namespace LuchengReport.Core.Indicators;

/// <summary>
/// One numeric fact of a report, traceable to a verbatim span of one paragraph. The allowed values of the coded
/// fields are listed in <see cref="IndicatorVocabulary"/>.
/// </summary>
/// <param name="Id">Stable and URL-safe: <c>{paragraphId}-n{k}</c>, k counting the paragraph's facts in text order from 1.</param>
/// <param name="Subject">What is measured, completed from context (城乡居民人均可支配收入71082元、38787元 gives
/// 城镇居民人均可支配收入 and 农村居民人均可支配收入).</param>
/// <param name="SubjectKey">The subject folded for matching across paragraphs; see <see cref="SubjectKeys.Of"/>.</param>
/// <param name="Value">The number as written (1.26 of 1.26万人; 12 of 十二个).</param>
/// <param name="ValueText">The number's characters as written, half-width ("1.26", "十二").</param>
/// <param name="Unit">The unit as written, scale included ("万人", "亿元", "%"); empty for a bare ratio such as 倍差1.93.</param>
/// <param name="NormalizedValue">The value in <paramref name="NormalizedUnit"/> (1.26万人 → 12600), null where there is no base.</param>
/// <param name="Qualifier">The word that set <paramref name="Comparator"/> (以上, 突破 …), or 确保/力争 on a plain "=".</param>
/// <param name="Direction">up or down for a change (the value stays positive); null for a level.</param>
/// <param name="SourceStart">UTF-16 offset into the paragraph text: <c>paragraph.Text[SourceStart..SourceEnd] == SourceText</c>.</param>
/// <param name="RelatedIds">Partners in the same clause: a level and its growth, a baseline and the value it grew to.</param>
/// <param name="ValueHigh">The high end of a range ("增长6.5%-7%": value 6.5, high 7, comparator between); null otherwise.</param>
/// <param name="MainTarget">For a number of the statement of the year's main expected targets (主要预期目标), the
/// sentence it is stated in; null for every other number.</param>
public sealed record Indicator(
    string Id,
    string ReportId,
    string ParagraphId,
    string SectionId,
    string Subject,
    string SubjectKey,
    decimal Value,
    string ValueText,
    string Unit,
    decimal? NormalizedValue,
    string? NormalizedUnit,
    string Measure,
    string Kind,
    string Period,
    string Comparator,
    string? Qualifier,
    string? Direction,
    string SourceText,
    int SourceStart,
    int SourceEnd,
    IReadOnlyList<string> RelatedIds,
    string Tier,
    decimal? ValueHigh = null,
    SourceSentence? MainTarget = null);

/// <summary>A verbatim sentence of a paragraph: <c>paragraph.Text[Start..End] == Text</c>.</summary>
public sealed record SourceSentence(string Text, int Start, int End);
