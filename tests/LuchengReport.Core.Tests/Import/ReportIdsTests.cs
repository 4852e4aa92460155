using LuchengReport.Core.Import;

namespace LuchengReport.Core.Tests.Import;

/// <summary>How a seed file's name becomes its report id (the rule is in ReportIds and seeds/README.md).</summary>
public sealed class ReportIdsTests
{
    [Theory]
    // A name that already is an id keeps it: the bundled report and the corpus labels rely on it.
    [InlineData("lucheng-2021", "lucheng-2021")]
    [InlineData("national-1954", "national-1954")]
    [InlineData("a--b", "a--b")]
    // Chinese names: the genre's words and the 年 after a year go, each run of characters is one pinyin word.
    [InlineData("2025年浙江省政府工作报告", "2025-zhejiangsheng")]
    [InlineData("温州市鹿城区2022年政府工作报告", "wenzhoushiluchengqu-2022")]
    [InlineData("政府工作报告（2023）", "2023")]
    [InlineData("青田县人民政府2024年度工作报告", "qingtianxian-2024")]
    [InlineData("2024年青田县政府工作报告（全文）", "2024-qingtianxian")]
    [InlineData("二〇二五年丽水市政府工作报告", "2025-lishuishi")]
    // Full-width letters, digits and spaces fold to ASCII; capitals are lower-cased; other marks separate words.
    [InlineData("２０２５年　青田县", "2025-qingtianxian")]
    [InlineData("Lucheng 2021", "lucheng-2021")]
    [InlineData("ＡＢＣ_Report.v2", "abc-report-v2")]
    [InlineData("《绿谷》-- 2025!", "lvgu-2025")]
    [InlineData("-report-", "report")]
    // With nothing else in the name, the genre's words are the id.
    [InlineData("政府工作报告", "zhengfugongzuobaogao")]
    [InlineData("报告（全文）", "baogao-quanwen")]
    // A Chinese character the table has no reading for: "u" and its code, a word of its own.
    [InlineData("青㐀田", "qing-u3400-tian")]
    [InlineData("𠀀县", "u20000-xian")]
    public void A_file_name_gives_a_readable_url_safe_id(string stem, string id) => Assert.Equal(id, ReportIds.FromStem(stem));

    [Fact]
    public void A_long_name_is_cut_at_a_word_boundary_within_64_characters()
    {
        var id = ReportIds.FromStem("青田县 " + string.Join(" ", Enumerable.Repeat("abcdefghij", 8)))!;
        Assert.Equal("qingtianxian-abcdefghij-abcdefghij-abcdefghij-abcdefghij", id);
        Assert.Equal(new string('a', 64), ReportIds.FromStem(new string('A', 70)));
    }

    [Theory]
    [InlineData("（）")]
    [InlineData("---")]
    [InlineData("отчёт")]
    public void A_name_without_letters_digits_or_chinese_gives_no_id(string stem) => Assert.Null(ReportIds.FromStem(stem));

    [Fact]
    public void Every_id_the_rule_forms_is_an_id_and_forms_itself_again()
    {
        string[] stems = ["2025年浙江省政府工作报告", "Ａ　Ｂ", "x" + new string('y', 80), "青㐀田", "a-b-", "报告"];
        foreach (var id in stems.Select(ReportIds.FromStem))
        {
            Assert.True(ReportIds.IsId(id!), id);
            Assert.Equal(id, ReportIds.FromStem(id!));
        }
    }
}
