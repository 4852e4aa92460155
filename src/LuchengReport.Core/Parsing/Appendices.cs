using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing;

/// <summary>
/// What follows a report's closing words: an attachment ("附件：2025年10件惠民实事" and its own 一、…十、 list) or a
/// glossary ("名词解释"). Such a line opens an appendix only after the closing words, the final address that ends
/// with an exclamation ("…为谱写新篇章而努力奋斗！"): inside the report a line "附件" would be a paragraph.
/// </summary>
public static partial class Appendices
{
    /// <summary>An appendix heading: its label, then (after an optional colon) its title, or the next line names it.</summary>
    public readonly record struct Heading(Group Label, Group? Title);

    public static Heading? Match(SourceLine line) =>
        AppendixHeading().Match(line.Key) is { Success: true } m
            ? new Heading(m.Groups["label"], m.Groups["title"] is { Success: true, Length: > 0 } title ? title : null)
            : null;

    /// <summary>Closing words end the address with an exclamation: "…而努力奋斗!", "…伟大的中国共产党万岁!”".</summary>
    public static bool EndsWithExclamation(string key)
    {
        int end = key.Length;
        while (end > 0 && key[end - 1] is '”' or '’' or ')' or '」') end--;
        return end > 0 && key[end - 1] == '!';
    }

    /// <summary>
    /// The labels, one per row (folded text, the label first, then ":" and a title, or nothing):
    /// <list type="bullet">
    /// <item>附件, 附件1, 附件一 — an attachment, usually the year's list of 民生实事 or a table of targets;</item>
    /// <item>附录, 附录1 — the same under another name;</item>
    /// <item>名词解释, 名词注释 — a glossary of the report's terms;</item>
    /// <item>注释 — notes on the text.</item>
    /// </list>
    /// A number of the label is one or two digits not followed by 年, so "附件2025年10件惠民实事" is 附件 titled by the year.
    /// Matches "附件", "附件1:科技创新十条", "附件:2025年10件惠民实事", "名词解释".
    /// </summary>
    [GeneratedRegex(@"^(?<label>(?:附件|附录)(?:[0-9]{1,2}(?![0-9年])|[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十年]))?|名词解释|名词注释|注释):?(?<title>[^。!?;:]{0,40})$")]
    private static partial Regex AppendixHeading();
}
