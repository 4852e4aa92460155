using LuchengReport.Core.Indicators;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>The Chinese-numeral counts split their matched words into the parts the regex groups capture.</summary>
public class ChineseNumbersTests
{
    /// <summary>
    /// The words and characters the two patterns spell out, read from the patterns themselves (a word or numeral added
    /// to a regex is tried here too), and a few that only border a match.
    /// </summary>
    static readonly string[] Tokens =
    [
        .. PiecesOf(MentionScanner.ChineseMagnitude()), .. PiecesOf(MentionScanner.ChineseCount()), "的", "和", "5", "“", "”",
    ];

    static IEnumerable<string> PiecesOf(System.Text.RegularExpressions.Regex pattern)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(pattern.ToString(), @"\p{IsCJKUnifiedIdeographs}+").Select(m => m.Value).ToList();
        return words.Concat(words.SelectMany(w => w.Select(c => c.ToString()))).Distinct();
    }

    /// <summary>The regex matches, less those a share or quantity in words already reads ("了三个百分点" is no count).</summary>
    static List<(int, int, string, string, string)> ByRegex(string text)
    {
        var matches = MentionScanner.ChineseMagnitude().Matches(text).Concat(MentionScanner.ChineseCount().Matches(text));
        var quantities = MentionScanner.Scan(text, new bool[text.Length]).Where(m => m.Form == NumberForm.ChineseQuantity).ToList();
        return matches
            .Where(m => ChineseNumerals.TryParse(m.Groups["num"].Value, out long v) && v >= 2)
            .Where(m => !quantities.Any(q => q.Start < m.Index + m.Length && m.Index < q.End))
            .Select(m => (m.Index, m.Index + m.Length, m.Groups["num"].Value, m.Groups["scale"].Value, m.Groups["unit"].Value))
            .OrderBy(m => m.Index).ToList();
    }

    static List<(int, int, string, string, string)> ByScan(string text) =>
        MentionScanner.Scan(text, new bool[text.Length]).Where(m => m.Form == NumberForm.ChineseCount)
            .Select(m => (m.Start, m.End, m.ValueText, m.Scale, m.BaseUnit)).ToList();

    [Fact]
    public void Every_paragraph_of_the_report_reads_the_same()
    {
        foreach (var text in RealSeed.FoldedParagraphs) Assert.Equal(ByRegex(text), ByScan(text));
    }

    [Fact]
    public void Strings_of_verbs_numerals_scales_and_units_read_the_same()
    {
        foreach (var text in TokenStrings.Drawn(Tokens, seed: 5, count: 30_000, minTokens: 0, maxTokens: 10))
            Assert.Equal(ByRegex(text), ByScan(text));
    }

    /// <summary>The words before, in and after a match, read from a pattern: its lookbehind's verbs, a class's characters.</summary>
    static string[] Alternatives(System.Text.RegularExpressions.Regex pattern, string group) =>
        System.Text.RegularExpressions.Regex.Match(pattern.ToString(), group).Groups[1].Value.Split('|');

    [Fact]
    public void Every_verb_numeral_scale_unit_and_tail_of_the_magnitude_pattern_reads_the_same()
    {
        var pattern = MentionScanner.ChineseMagnitude();
        string[] numerals = ["两", "三", "十", "百", "千", "一百", "三千", "十二"];
        foreach (var verb in Alternatives(pattern, @"\(\?<=([^)]*)\)"))
        foreach (var numeral in numerals)
        foreach (var scale in Alternatives(pattern, @"\(\?<scale>([^)]*)\)"))
        foreach (var unit in Alternatives(pattern, @"\(\?<unit>([^)]*)\)").Append(""))
        foreach (var tail in new[] { "", "大关", "级", "的" })
        {
            var text = $"全年{verb}{numeral}{scale}{unit}{tail}。";
            Assert.Equal(ByRegex(text), ByScan(text));
        }
    }

    [Fact]
    public void Every_verb_numeral_classifier_and_tail_of_the_count_pattern_reads_the_same()
    {
        var pattern = MentionScanner.ChineseCount();
        string[] numerals = ["两", "三", "十", "十二", "一百", "三十五"];
        var classifiers = Alternatives(pattern, @"\(\?<unit>\[([^\]]*)\]\)")[0].Select(c => c.ToString());
        foreach (var verb in Alternatives(pattern, @"\(\?<=([^)]*)\)"))
        foreach (var numeral in numerals)
        foreach (var classifier in classifiers)
        foreach (var tail in Alternatives(pattern, @"\(\?!([^)]*)\)").Append("").Append("的"))
        {
            var text = $"今年{verb}{numeral}{classifier}{tail}。";
            Assert.Equal(ByRegex(text), ByScan(text));
        }
    }
}
