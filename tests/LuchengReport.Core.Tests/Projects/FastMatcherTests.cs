using System.Text.RegularExpressions;
using LuchengReport.Core.Indicators;
using LuchengReport.Core.Parsing;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

/// <summary>
/// The regexes with long word lists stay the definition of what they match; the word tables and scans that do their
/// work faster must find exactly their matches, on every paragraph of the report and on strings made up of their
/// words, their guards and the characters around them (a fixed random seed, so a failure repeats).
/// </summary>
public class FastMatcherTests
{
    static readonly string[] Tokens =
    [
        "的", "了", "等", "和", "平", "以及", "以", "向", "阳", "开工建设", "开工", "建成投用", "建成", "落地运营", "落地", "推进",
        "建设", "改造", "开发", "发展", "整岛", "片区", "工程", "项目", "加固", "区", "路", "街", "村", "巷", "镇", "道", "新区", "创",
        "新院区", "新院", "城", "市", "港", "口", "澳", "国道", "段", "铁路", "线", "沿", "M1", "二期", "期", "九", "3", "٣", "”",
        "“", "(鹿城段)", "(", ")", "、", ",", "大道", "园区", "园", "中心", "桥", "岛", "品牌", "实体市场", "市场", "服务", "通车",
        "前期", "运营", "谋划", "开竣工", "鹿城", "温州", "科技", "研究院", "A",
    ];

    static IEnumerable<string> Samples(int seed, int count) => TokenStrings.Drawn(Tokens, seed, count, minTokens: 0, maxTokens: 14);

    static List<(int, int)> RegexMatches(Regex regex, string text) => regex.Matches(text).Select(m => (m.Index, m.Length)).ToList();

    static List<(int, int)> Spans(IEnumerable<Span> spans) => spans.Select(s => (s.Start, s.Length)).ToList();

    static List<(int, string)> TableMatches(WordTable table, string text)
    {
        var found = new List<(int, string)>();
        for (int at = table.Next(text, 0, 0, text.Length, out var word); at >= 0; at = table.Next(text, at + word.Length, 0, text.Length, out word))
            found.Add((at, word));
        return found;
    }

    [Fact]
    public void The_boundary_and_head_scans_find_what_their_regexes_find()
    {
        foreach (var text in RealSeed.FoldedParagraphs.Concat(Samples(seed: 1, count: 20_000)))
        {
            Assert.Equal(RegexMatches(NameShapes.Boundary(), text), Spans(NameShapes.Boundaries(text)));
            Assert.Equal(RegexMatches(NameShapes.Head(), text), Spans(NameShapes.Heads(text)));
        }
    }

    [Fact]
    public void The_first_boundary_in_a_range_is_the_regex_match_on_that_range_alone()
    {
        foreach (var text in Samples(seed: 2, count: 5_000))
            for (int lo = 0; lo <= text.Length; lo += 2)
                for (int hi = lo; hi <= text.Length; hi += 3)
                {
                    var expected = NameShapes.Boundary().Match(text, lo, hi - lo);
                    var found = NameShapes.FirstBoundary(text, lo, hi);
                    Assert.Equal(expected.Success ? (expected.Index, expected.Length) : ((int, int)?)null, found is { } f ? (f.Start, f.Length) : null);
                }
    }

    [Fact]
    public void The_verb_and_noun_tables_find_what_their_regexes_find()
    {
        foreach (var text in RealSeed.FoldedParagraphs.Concat(Samples(seed: 3, count: 20_000)))
        {
            Assert.Equal(StatusWords.Verb().Matches(text).Select(m => (m.Index, m.Value)), TableMatches(StatusWords.Verbs, text));
            Assert.Equal(ListKinds.Noun().Matches(text).Select(m => (m.Index, m.Value)), TableMatches(ListKinds.Nouns, text));
        }
    }

    [Fact]
    public void Descriptor_words_are_removed_as_the_descriptor_regex_removes_them()
    {
        string[] words = ["现代", "现代化", "化", "省市区", "省市", "省级", "级", "高能级", "民生实事", "民生", "产业化", "产业", "小微企业",
            "企业", "数字经济", "数字化", "数字", "服务业", "服务", "乡村振兴", "乡村", "温州", "鹿城", "A", "1"];
        var random = new Random(4);
        for (int i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => words[random.Next(words.Length)]));
            Assert.Equal(Specificity.Descriptor().Replace(text, ""), Specificity.DescriptorWords.RemoveAll(text));
        }
    }

    [Theory]
    [InlineData("和(?!平|x)y")]
    [InlineData("a|b(c)")]
    [InlineData("街(?!道路)")]
    public void A_word_list_with_syntax_the_table_does_not_know_is_refused(string list) =>
        Assert.Throws<FormatException>(() => WordTable.Parse(list));
}
