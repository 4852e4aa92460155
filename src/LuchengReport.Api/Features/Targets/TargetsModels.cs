using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using FluentValidation;
using LuchengReport.Api.Features.Indicators;
using LuchengReport.Api.Http;

namespace LuchengReport.Api.Features.Targets;

/// <summary>GET /api/v1/reports/{id}/targets: paging and format only; the report is in the path.</summary>
public sealed record TargetListQuery : PagedQuery;

public sealed class TargetListQueryValidator : AbstractValidator<TargetListQuery>
{
    public TargetListQueryValidator() => Include(new PagingRules());
}

[Description("One of the report's main expected targets (主要预期目标): the indicator, and the sentence of the report's statement of them that holds it.")]
public sealed record TargetDto : IndicatorDto
{
    [SetsRequiredMembers]
    public TargetDto(IndicatorDto indicator, string sentence, int sentenceStart, int sentenceEnd) : base(indicator)
    {
        Sentence = sentence;
        SentenceStart = sentenceStart;
        SentenceEnd = sentenceEnd;
    }

    [JsonPropertyOrder(1), Description("The verbatim sentence of the statement the target is stated in, to its full stop (the first one also holds the lead, e.g. 今年经济社会发展的主要预期目标是:…).")]
    public string Sentence { get; init; }

    [JsonPropertyOrder(1), Description("Offset of sentence in the text of paragraphId (UTF-16 code units): paragraph.text[sentenceStart:sentenceEnd] == sentence.")]
    public int SentenceStart { get; init; }

    [JsonPropertyOrder(1), Description("End offset (exclusive) of sentence in the paragraph text.")]
    public int SentenceEnd { get; init; }
}
