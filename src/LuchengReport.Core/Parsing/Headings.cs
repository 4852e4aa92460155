using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing;

/// <summary>The shapes of headings and lead sentences in a 政府工作报告, matched on folded lines (no spaces, half-width punctuation).</summary>
public static partial class Headings
{
    /// <summary>A part heading on a line of its own: "一、2020年主要工作和“十三五”发展回顾".</summary>
    [GeneratedRegex(@"^(?<number>[一二三四五六七八九十]{1,3})、(?<title>[^。]{2,60})$")]
    public static partial Regex Part();

    /// <summary>An item paragraph: "(一)疫情防控取得阶段性胜利。面对…" — the number, then a lead sentence as its title.</summary>
    [GeneratedRegex(@"^\((?<number>[一二三四五六七八九十]{1,3})\)(?<title>[^。!?]{1,60})(?:[。!?]|$)")]
    public static partial Regex Item();

    /// <summary>
    /// A subsection paragraph inside an item: "强化创新平台建设。高水平承接…" — a short title phrase with no inner
    /// punctuation, closed by 。 and followed by the body. "过去五年,是…的五年。" is not one: a title has no comma.
    /// </summary>
    [GeneratedRegex(@"^(?<title>[^。!?;:,、()]{4,20})。(?=.)")]
    public static partial Regex SubsectionLead();

    /// <summary>A paragraph addressing the delegates: "各位代表:", "各位代表,…", "各位代表!…".</summary>
    [GeneratedRegex(@"^(?<salutation>各位代表|各位委员|同志们)[:,!。]")]
    public static partial Regex Salutation();
}
