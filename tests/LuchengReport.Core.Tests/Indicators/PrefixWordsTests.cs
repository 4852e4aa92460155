using LuchengReport.Core.Indicators;
using static LuchengReport.Core.Indicators.PrefixGrammar;

namespace LuchengReport.Core.Tests.Indicators;

/// <summary>The prefix grammar tells its words apart by the word: the same answer as the regex group that matched it.</summary>
public class PrefixWordsTests
{
    /// <summary>
    /// Every word the two patterns spell out, read from the patterns themselves (so a word added to a regex is tried
    /// here too), and pieces that only some alternatives take (较/比 phrases, years, other nouns).
    /// </summary>
    static readonly string[] Tokens =
    [
        .. WordsOf(TailWord()), .. WordsOf(LeadChange()),
        "较上年同期", "较前两年平均数", "比2015年", "较2020年末", "比一九五二年", "一九八○年", "不", "收入", "城镇", ",", "2020",
    ];

    static IEnumerable<string> WordsOf(System.Text.RegularExpressions.Regex pattern) =>
        System.Text.RegularExpressions.Regex.Matches(pattern.ToString(), @"\p{IsCJKUnifiedIdeographs}+").Select(m => m.Value).Distinct();

    static TailKind ByGroup(System.Text.RegularExpressions.Match m) =>
        m.Groups["aux"].Success ? TailKind.Done
        : m.Groups["pre"].Success ? TailKind.Pre
        : m.Groups["up"].Success ? TailKind.Up
        : m.Groups["down"].Success ? TailKind.Down
        : m.Groups["dist"].Success ? TailKind.Distribution
        : m.Groups["rank"].Success ? TailKind.Rank
        : TailKind.Other;

    [Fact]
    public void Each_word_of_the_patterns_alone_is_told_apart_as_its_group_tells_it()
    {
        foreach (var word in Tokens)
        {
            if (TailWord().Match(word) is { Success: true } m && m.Length == word.Length) Assert.Equal(ByGroup(m), TailKindOf(word));
            if (LeadChange().Match(word) is { Success: true } lead && lead.Length == word.Length) Assert.Equal(lead.Groups["up"].Success, IsUpVerb(word));
        }
    }

    [Fact]
    public void Every_tail_word_is_told_apart_as_its_group_tells_it()
    {
        foreach (var text in TokenStrings.Drawn(Tokens, seed: 11, count: 50_000, minTokens: 1, maxTokens: 6))
        {
            var m = TailWord().Match(text);
            if (m.Success) Assert.Equal(ByGroup(m), TailKindOf(m.ValueSpan));
            var lead = LeadChange().Match(text);
            if (lead.Success) Assert.Equal(lead.Groups["up"].Success, IsUpVerb(lead.ValueSpan));
        }
    }
}
