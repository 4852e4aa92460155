using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Tests.Reading;

public class FoldedTextTests
{
    [Theory]
    [InlineData("（一）疫情防控", "(一)疫情防控")]
    [InlineData("增长８％以上，", "增长8%以上,")]
    [InlineData("各位代表：", "各位代表:")]
    [InlineData("\u3000\u3000现在，我代表", "现在,我代表")]
    [InlineData("一、 2020年 主要工作", "一、2020年主要工作")]
    public void Full_width_forms_fold_to_half_width_and_whitespace_is_dropped(string original, string folded) =>
        Assert.Equal(folded, FoldedText.Fold(original).Text);

    [Fact]
    public void A_match_in_the_folded_text_maps_back_to_the_verbatim_span()
    {
        const string original = "\u3000\u3000地区生产总值 1172.32亿元，增长３.１％。";
        var folded = FoldedText.Fold(original);
        int start = folded.Text.IndexOf("增长", StringComparison.Ordinal);
        int end = folded.Text.IndexOf('%') + 1;
        Assert.Equal("增长３.１％", original[folded.OriginalStart(start)..folded.OriginalEnd(end)]);
    }

    [Fact]
    public void Chinese_punctuation_without_a_half_width_form_is_kept() =>
        Assert.Equal("、。“”《》【】", FoldedText.Fold("、。“”《》【】").Text);
}
