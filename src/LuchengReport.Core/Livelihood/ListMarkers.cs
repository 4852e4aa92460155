using System.Globalization;
using System.Text.RegularExpressions;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Livelihood;

/// <summary>A list marker found in folded text: its style, its number and where it stands.</summary>
internal readonly record struct Marker(string Style, int Number, int Start, int End);

/// <summary>
/// The numbering of a list: "一是…二是…", "(1)…(2)…", "(一)…", "①…②…" inside a paragraph; at the start of a line
/// also "一、", "1.", "1、". A list keeps one style and counts up from 1.
/// </summary>
internal static partial class ListMarkers
{
    /// <summary>Markers that may stand inside a paragraph: "一是", "(1)", "(一)", "①".</summary>
    [GeneratedRegex("(?<cn>[一二三四五六七八九十]{1,3})是|\\((?<d>\\d{1,2})\\)|\\((?<pcn>[一二三四五六七八九十]{1,3})\\)|(?<c>[①-⑳])")]
    private static partial Regex Inline();

    /// <summary>Markers that only open a line: "一、稳定和扩大就业", "1.医疗卫生方面", "1、"; not "1.5万台" (a decimal).</summary>
    [GeneratedRegex("^(?:(?<dcn>[一二三四五六七八九十]{1,3})、|(?<dd>\\d{1,2})[.、](?!\\d))")]
    private static partial Regex LineOnly();

    /// <summary>The marker at <paramref name="at"/> of folded <paramref name="text"/>, if one stands there.</summary>
    public static Marker? At(string text, int at, bool lineStart)
    {
        if (lineStart && at == 0 && LineOnly().Match(text) is { Success: true } line) return Read(line);
        var m = Inline().Match(text, at);
        return m.Success && m.Index == at ? Read(m) : null;
    }

    /// <summary>The next marker of <paramref name="style"/> numbered <paramref name="number"/> from <paramref name="from"/> on.</summary>
    public static Marker? Next(string text, int from, string style, int number)
    {
        for (var m = Inline().Match(text, from); m.Success; m = m.NextMatch())
            if (Read(m) is { } found && found.Style == style && found.Number == number) return found;
        return null;
    }

    static Marker? Read(Match m)
    {
        foreach (var (group, style) in Styles)
            if (m.Groups[group] is { Success: true } g && Value(g.Value) is int n)
                return new Marker(style, n, m.Index, m.Index + m.Length);
        return null;
    }

    /// <summary>Group name → style: a list that starts "一是" goes on "二是", one that starts "(1)" goes on "(2)".</summary>
    static readonly (string Group, string Style)[] Styles =
        [("cn", "是"), ("d", "(1)"), ("pcn", "(一)"), ("c", "①"), ("dcn", "一、"), ("dd", "1.")];

    static int? Value(string s) =>
        s.Length == 1 && s[0] is >= '①' and <= '⑳' ? s[0] - '①' + 1
        : int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int d) ? d
        : ChineseNumerals.TryParse(s, out long n) ? (int)n : null;
}
