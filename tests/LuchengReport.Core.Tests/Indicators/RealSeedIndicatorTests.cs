using LuchengReport.Core.Indicators;
using Xunit.Abstractions;
using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>The extractor on the real report, scored against our labels of all its facts (lucheng-2021.indicators.jsonl).</summary>
public class RealSeedIndicatorTests(ITestOutputHelper output)
{
    static readonly Lazy<LabelScore> Scored = new(() =>
        LabelMatcher.Score(IndicatorFixtures.Report, IndicatorFixtures.Indicators, IndicatorFixtures.Labels));

    [Fact]
    public void At_least_98_percent_of_labelled_core_facts_are_found_with_their_value_and_unit_in_their_paragraph()
    {
        output.WriteLine(Scored.Value.Report());
        Assert.True(Scored.Value.CoreLabels >= 200, "the labels cover the whole report");
        Assert.True(Scored.Value.CoreRecall >= 0.98, Scored.Value.Report());
    }

    [Fact]
    public void At_least_95_percent_of_labelled_facts_also_have_the_right_measure_kind_period_comparator_and_direction() =>
        Assert.True(Scored.Value.FullRate >= 0.95, Scored.Value.Report());

    [Fact]
    public void At_least_97_percent_of_served_indicators_are_labelled_facts() =>
        Assert.True(Scored.Value.Precision >= 0.97, Scored.Value.Report());

    [Fact]
    public void The_28_examples_of_the_issue_are_extracted_with_every_coded_field()
    {
        var samples = IndicatorFixtures.Samples;
        Assert.Equal(28, samples.Count);
        var score = LabelMatcher.Score(IndicatorFixtures.Report, IndicatorFixtures.Indicators, samples);
        Assert.True(score.Found == 28 && score.FullyRight == 28, score.Report());
        foreach (var sample in samples)
        {
            var paragraph = IndicatorFixtures.ParagraphAtLine(IndicatorFixtures.Report, sample.Line);
            Assert.Contains(IndicatorFixtures.Indicators, i => i.ParagraphId == paragraph.Id && i.Value == sample.Value
                && i.Unit == sample.Unit && LabelMatcher.SameCodes(sample, i) && i.Qualifier == sample.Qualifier && i.Tier == sample.Tier
                && SameThing(i.Subject, sample.Subject));
        }
    }

    /// <summary>The sample words some subjects freely (…试点出口额); the same leading words name the same thing.</summary>
    static bool SameThing(string got, string want)
    {
        string a = SubjectKeys.Of(got), b = SubjectKeys.Of(want);
        return a == b || a.Length >= 6 && b.Length >= 6 && a[..6] == b[..6];
    }

    [Fact]
    public void Source_text_is_the_verbatim_span_of_the_paragraph()
    {
        var paragraphs = IndicatorFixtures.Report.Paragraphs.ToDictionary(p => p.Id);
        Assert.All(IndicatorFixtures.Indicators, i =>
        {
            var text = paragraphs[i.ParagraphId].Text;
            Assert.Equal(i.SourceText, text.Substring(i.SourceStart, i.SourceEnd - i.SourceStart));
            Assert.Contains(i.ValueText, LuchengReport.Core.Reading.FoldedText.FoldString(i.SourceText));
        });
    }

    [Fact]
    public void Ids_number_facts_within_their_paragraph_and_relations_point_both_ways()
    {
        var byId = IndicatorFixtures.Indicators.ToDictionary(i => i.Id);
        foreach (var group in IndicatorFixtures.Indicators.GroupBy(i => i.ParagraphId))
            Assert.Equal(group.Select((_, k) => $"{group.Key}-n{k + 1}"), group.Select(i => i.Id));
        Assert.All(IndicatorFixtures.Indicators, i =>
        {
            Assert.Matches("^[A-Za-z0-9-]+$", i.Id);
            Assert.All(i.RelatedIds, r => Assert.Contains(i.Id, byId[r].RelatedIds));
        });
    }

    [Fact]
    public void Coded_fields_take_only_published_values()
    {
        Assert.All(IndicatorFixtures.Indicators, i =>
        {
            Assert.Contains(i.Measure, Measures.All);
            Assert.Contains(i.Kind, Kinds.All);
            Assert.Contains(i.Comparator, Comparators.All);
            Assert.Contains(i.Tier, Tiers.All);
            Assert.Matches(@"^\d{4}(-\d{4})?$", i.Period);
            Assert.Equal(i.Measure == Measures.Change, i.Direction is not null);
            if (i.Direction is not null) Assert.Contains(i.Direction, Directions.All);
            if (i.NormalizedUnit is not null) Assert.Contains(i.NormalizedUnit, NormalizedUnits.All);
            Assert.NotEmpty(i.Subject);
            Assert.NotEmpty(i.SubjectKey);
        });
    }

    [Fact]
    public void The_same_subject_in_two_paragraphs_shares_a_key()
    {
        var keys = IndicatorFixtures.Indicators.Where(i => i.Subject == "一般公共预算收入").Select(i => i.SubjectKey).Distinct();
        Assert.Equal(["一般公共预算收入"], keys);
        Assert.Equal(SubjectKeys.Of("新增“小升规”工业企业"), SubjectKeys.Of("小升规工业企业"));
        Assert.NotEqual(SubjectKeys.Of("城镇居民人均可支配收入"), SubjectKeys.Of("农村居民人均可支配收入"));
    }

    [Fact]
    public void Every_unit_of_the_grammar_has_a_class()
    {
        var alternatives = Units.Alternation.Split('|');
        Assert.Equal(alternatives.Order(), Units.Known.Order());
        Assert.All(alternatives, u => Assert.NotEqual(UnitClass.Bare, Units.ClassOf(u)));
    }
}
