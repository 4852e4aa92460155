using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LuchengReport.Core.Indicators;
using LuchengReport.Core.Model;
using Xunit.Abstractions;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>The same report as other sites publish it, with other numbers, and at scale.</summary>
public partial class SeedVariantTests(ITestOutputHelper output)
{
    static IEnumerable<string> Facts(IEnumerable<Indicator> indicators) => indicators.Select(i =>
        $"{i.Id} {i.Value}{i.Unit} {i.Subject} {i.Measure}/{i.Kind}/{i.Period}/{i.Comparator}/{i.Qualifier}/{i.Direction}/{i.Tier} [{string.Join(",", i.RelatedIds)}]");

    static void AssertVerbatim(ParsedReport report, IReadOnlyList<Indicator> indicators)
    {
        var paragraphs = report.Paragraphs.ToDictionary(p => p.Id);
        Assert.All(indicators, i => Assert.Equal(i.SourceText, paragraphs[i.ParagraphId].Text[i.SourceStart..i.SourceEnd]));
    }

    [Fact]
    public void Full_width_punctuation_crlf_and_gb18030_give_the_same_facts()
    {
        var variant = IndicatorFixtures.Parse(IndicatorFixtures.FullWidthCrlfGb18030(IndicatorFixtures.SeedText));
        Assert.Contains('，', variant.Paragraphs[3].Text);
        var indicators = IndicatorExtractor.Extract(variant);
        Assert.Equal(Facts(IndicatorFixtures.Indicators), Facts(indicators));
        AssertVerbatim(variant, indicators);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_give_the_same_facts()
    {
        var variant = IndicatorFixtures.Parse(IndicatorFixtures.BomCrlf(IndicatorFixtures.SeedText));
        Assert.Equal(Facts(IndicatorFixtures.Indicators), Facts(IndicatorExtractor.Extract(variant)));
    }

    const string ShiftedUnit = @"万?亿?(?:元|美元|人|家|个|项|%|亩|条|所|名|幢|户|套|件)";

    /// <summary>A number directly before a common unit: "1172.32亿元", "8%", "42家" (quoted names too, harmlessly).</summary>
    [GeneratedRegex(@"(?<![\d.])\d+(?:\.\d+)?(?=" + ShiftedUnit + ")")]
    private static partial Regex NumberBeforeUnit();

    [GeneratedRegex("^" + ShiftedUnit)]
    private static partial Regex StartsWithShiftedUnit();

    [Fact]
    public void Other_numbers_in_the_same_text_are_followed()
    {
        // Every number before a common unit grows by 1 (8% → 9%, 1172.32亿元 → 1173.32亿元); the labels follow.
        var altered = NumberBeforeUnit().Replace(IndicatorFixtures.SeedText,
            m => (decimal.Parse(m.Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
        var report = IndicatorFixtures.Parse(Encoding.UTF8.GetBytes(altered));
        // Numbers written in Chinese (十二个) are left as they are, and so are their labels.
        var labels = IndicatorFixtures.Labels.Select(l =>
            StartsWithShiftedUnit().IsMatch(l.Unit) && l.Quote.Contains(l.Value.ToString(CultureInfo.InvariantCulture)) ? l with { Value = l.Value + 1 } : l).ToList();
        var score = LabelMatcher.Score(report, IndicatorExtractor.Extract(report), labels);
        output.WriteLine(score.Report());
        Assert.True(score.CoreRecall >= 0.98 && score.FullRate >= 0.95 && score.Precision >= 0.97, score.Report());
    }

    [Theory]
    [InlineData("增长8%以上,新增企业12家、个体户300户,从10.8万元增长到14.85万元;")]
    [InlineData("1,1,1,1,1,1,1,1,1,1,1,1")]
    [InlineData("从从从从从从从从从从由由由由到到到至至至")]
    [InlineData("城乡居民人均可支配收入分别增长")]
    [InlineData("一二三四五六七八九十百千万亿两")]
    public void Pathological_text_finishes_without_catastrophic_backtracking(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 600));
        var paragraph = new Paragraph("x-p1", "x-s1", 1, text, 0, text.Length);
        var clock = Stopwatch.StartNew();
        IndicatorExtractor.ExtractParagraph("x", paragraph, PeriodRules.Frame(IndicatorVocabulary.PeriodScopes.Year, 2021), 2021);
        // Not a speed test (the importer benchmark measures speed): a rule with catastrophic backtracking would take minutes here.
        Assert.True(clock.ElapsedMilliseconds < 5000, $"{text.Length} characters took {clock.ElapsedMilliseconds} ms");
    }
}
