using System.Text.RegularExpressions;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Indicators;

/// <summary>
/// Keys that let the same subject be found across paragraphs and reports: 全省地区生产总值, 生产总值 and 国内生产总值 are
/// one indicator (key 地区生产总值); 城镇调查失业率 and 城镇登记失业率 stay two.
/// </summary>
public static partial class SubjectKeys
{
    /// <summary>Verbs of adding and accumulating that open a subject without changing what it measures.</summary>
    [GeneratedRegex(@"^(?:新增|净增|新建|新引进|累计|全年|完成|实现)")]
    private static partial Regex LeadingVerb();

    /// <summary>
    /// Words naming the whole area or the estimate before a subject: they say whose figure it is, not what it
    /// measures ("全省地区生产总值", "全国居民消费价格", "预计全年…"). 全社会 is not among them: 全社会研发投入 is a
    /// statistic of its own name, left to the table.
    /// </summary>
    [GeneratedRegex(@"^(?:预计)?(?:全(?:国|省|市|区|县|州|盟|旗|自治区|自治州|自治县))?(?:今年|去年|全年)?")]
    private static partial Regex LeadingScope();

    /// <summary>
    /// A verb of reaching glued to the end of a subject where the sentence put the number after it
    /// ("居民消费价格涨幅回落到2.6%", "…控制在3%"): it says where the quantity went, not what is measured.
    /// </summary>
    [GeneratedRegex(@"(?:回落到|回落至|下降到|下降至|降到|降至|上升到|上升至|升至|提高到|提高至|增加到|增长到|达到|控制在|保持在|稳定在)$")]
    private static partial Regex TrailingVerb();

    /// <summary>
    /// The key of a subject: folded to half-width, lower-cased, with quotes, brackets, punctuation and whitespace
    /// removed; the scope words before it and a verb of reaching after it dropped; then, where the curated table
    /// (subjects.tsv) knows the spelling, the key of its indicator; else with an opening verb of adding (新增, 净增,
    /// 累计 …) dropped. "新增“小升规”工业企业" and "小升规工业企业" share the key 小升规工业企业; 城镇… and 农村… stay apart.
    /// </summary>
    public static string Of(string subject)
    {
        var kept = Folded(subject);
        var scoped = TrailingVerb().Replace(LeadingScope().Replace(kept, ""), "");
        if (scoped.Length == 0) return kept;
        if (SubjectTable.KeyOf(scoped) is { } known) return known;
        var key = LeadingVerb().Replace(scoped, "");
        if (key.Length == 0) return scoped;
        return SubjectTable.KeyOf(key) ?? key;
    }

    /// <summary>How a result is judged against a target of this key (higher, ceiling, level), or null when the table does not know it.</summary>
    public static string? JudgedBy(string key) => SubjectTable.JudgedBy(key);

    /// <summary>Folded to half-width, lower-cased, only letters and digits kept.</summary>
    internal static string Folded(string subject)
    {
        // One pass: fold, lower-case and keep letters and digits. Character by character is what the string-wide
        // calls did too: invariant lower-casing maps each character alone, and the surrogates it could pair up are
        // not letters here, so they are dropped either way.
        Span<char> buffer = subject.Length <= 256 ? stackalloc char[subject.Length] : new char[subject.Length];
        int n = 0;
        foreach (char original in subject)
        {
            char c = FoldedText.FoldChar(original);
            if (FoldedText.IsWhiteSpace(c)) continue;
            c = LowerInvariant(c);
            if (char.IsLetterOrDigit(c)) buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, which asks ICU one character at a time beyond ASCII; ideographs, most
    /// of a subject, have no case and are returned as they are.
    /// </summary>
    static char LowerInvariant(char c) => TextMarks.IsIdeograph(c) ? c : char.ToLowerInvariant(c);
}
