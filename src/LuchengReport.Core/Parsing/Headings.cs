using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing;

/// <summary>The shapes of headings and lead sentences in a 政府工作报告, matched on folded lines (no spaces, half-width punctuation).</summary>
public static partial class Headings
{
    /// <summary>A part heading on a line of its own: "一、2020年主要工作和“十三五”发展回顾".</summary>
    [GeneratedRegex(@"^(?<number>[一二三四五六七八九十]{1,3})、(?<title>[^。]{2,60})$")]
    public static partial Regex Part();

    /// <summary>A part heading that is its numeral alone, as old texts set them centred: "二".</summary>
    [GeneratedRegex(@"^(?<number>[一二三四五六七八九十]{1,3})$")]
    public static partial Regex BarePartNumber();

    /// <summary>An item paragraph: "(一)疫情防控取得阶段性胜利。面对…" — the number, then a lead sentence as its title.</summary>
    [GeneratedRegex(@"^\((?<number>[一二三四五六七八九十]{1,3})\)(?<title>[^。!?]{1,60})(?:[。!?]|$)")]
    public static partial Regex Item();

    /// <summary>An item number on a heading line of its own, nothing after the title: "(一)当前的形势和任务".</summary>
    [GeneratedRegex(@"^\((?<number>[一二三四五六七八九十]{1,3})\)(?<title>[^。!?;:]{2,40})$")]
    public static partial Regex ItemHeadingLine();

    /// <summary>
    /// A subsection paragraph inside an item: "强化创新平台建设。高水平承接…" — a short title phrase with no inner
    /// punctuation, closed by 。 and followed by the body. "过去五年,是…的五年。" is not one: a title has no comma.
    /// </summary>
    [GeneratedRegex(@"^(?<title>[^。!?;:,、()]{4,20})。(?=.)")]
    public static partial Regex SubsectionLead();

    /// <summary>A paragraph addressing the delegates: "各位代表:", "各位代表,…", "各位代表!…".</summary>
    [GeneratedRegex(@"^(?<salutation>各位代表|各位委员|同志们)[:,!。]")]
    public static partial Regex Salutation();

    /// <summary>
    /// A line that opens with the marker of a point in an enumeration, not a heading of its own level:
    /// "二是加快发展现代农业,…", "第二、关于农业生产", "第三,稳定物价水平", "一要稳字当头", "首先…"; not
    /// "第十五个五年规划的基本任务".
    /// </summary>
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]{1,3}[、,:]|[一二三四五六七八九十]{1,3}[是要]|首先|其次|再次|最后|[0-9]{1,2}[.、)]|\([0-9]{1,2}\))")]
    public static partial Regex EnumerationMarker();
}
