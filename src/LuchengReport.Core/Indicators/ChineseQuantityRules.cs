using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Indicators;

internal static partial class MentionScanner
{
    /// <summary>
    /// Adds the shares and quantities written in Chinese numerals (<see cref="ChineseQuantity"/>) that measure
    /// something, with a range's other end where it is written bare ("百分之八至九", "七十亿到一百亿元").
    /// </summary>
    static void AddChineseQuantities(List<Mention> found, string text, bool[] quoted)
    {
        int readTo = 0;
        foreach (var m in ChineseQuantity().EnumerateMatches(text))
        {
            // The bare high end of a range already read ("至九") is no match of its own.
            if (m.Index < readTo) continue;
            if (ToMention(text, SplitQuantity(text, m.Index)) is not { } mention) continue;
            mention = WithBareHighEnd(text, mention) ?? WithBareLowEnd(text, mention) ?? mention;
            if (IsExcluded(text, quoted, mention)) continue;
            found.Add(mention);
            readTo = mention.End;
        }
    }

    /// <summary>
    /// The mention a match makes, or null where it measures nothing exactly: numerals read two ways (二三十, 一百五),
    /// a share or figure given as two neighbours (百分之十几, 百分之二、三, 二、三十亿斤, 两、三倍), a duration, a ranking
    /// or an age (三天, 五年 are not even matched), a plain count below ten thousand (十二个, 三名: the count rule reads
    /// those after its verbs, as edge facts), 一 alone before a unit (最后一公里, 一亩三分地 are sayings; 一倍 and
    /// 一个百分点 are kept), a class of ship or berth (十万吨级) and a multiple said of a noun (以十倍的努力).
    /// </summary>
    static Mention? ToMention(string text, ChineseMatch m)
    {
        if (!ChineseAmounts.TryParse(m.Num, m.Scale, out var value)) return null;
        int numStart = m.Index + (m.Share?.Length ?? 0);
        if (numStart >= 2 && text[numStart - 1] == '、' && NumeralChars.Contains(text[numStart - 2])) return null;
        if (ShareUnit(m.Share) is { } share)
            return m.End < text.Length && (text[m.End] == '几' || text[m.End] == '、' && m.End + 1 < text.Length && FirstNumeralChars.Contains(text[m.End + 1]))
                ? null
                : new Mention(m.Index, m.End, value, m.Num, "", share, m.Approx, m.Post, NumberForm.ChineseQuantity);
        var unitClass = Units.ClassOf(m.Unit);
        if (unitClass is UnitClass.Duration or UnitClass.Ranking or UnitClass.Age) return null;
        if (unitClass is UnitClass.Count or UnitClass.Persons && value * Units.ScaleFactor(m.Scale) < 10_000) return null;
        if (m.Num == "一" && m.Scale.Length == 0 && unitClass is not (UnitClass.Ratio or UnitClass.Share)) return null;
        int unitEnd = m.End - (m.Post?.Length ?? 0);
        if (unitEnd < text.Length && (text[unitEnd] == '级' || m.Unit == "倍" && m.Post is null && text[unitEnd] == '的')) return null;
        return new Mention(m.Index, m.End, value, m.Num, m.Scale, m.Unit, m.Approx, m.Post, NumberForm.ChineseQuantity);
    }

    /// <summary>
    /// "百分之八至九", "百分之三十到四十左右": a share whose high end is written without 百分之 (with it, the high end is
    /// a match of its own and <see cref="JoinRanges"/> joins the two). Not when the numerals after the mark go on into
    /// a scale, a unit or a date (百分之五到十万吨, 百分之五至九月).
    /// </summary>
    static Mention? WithBareHighEnd(string text, Mention low)
    {
        if (low.Class != UnitClass.Share || low.Scale.Length > 0 || low.Approx is not null || low.Post is not null) return null;
        int mark = low.End, at = mark + 1;
        if (at >= text.Length || !RangeMarks.Contains(text[mark]) || !FirstNumeralChars.Contains(text[at])) return null;
        int end = DecimalEnd(text, RunEnd(text, at, NumeralChars));
        if (end < text.Length && (FigureChars.Contains(text[end]) || text[end] is '几' or '多' or '余' || DateLike.Contains(text[end])
            || UnitWords.WordAt(text, end, 0, text.Length) is not null)) return null;
        if (!ChineseAmounts.TryParse(text.AsSpan(at, end - at), "", out var high) || high <= low.Value) return null;
        if (text[mark] is '至' or '到' && OpensFromTo(text, low.Start)) return null;
        var post = Word(QualifierWords, text, ref end);
        return low with { End = end, Post = post, High = high };
    }

    /// <summary>
    /// "七十亿到一百亿元", "九千万至九千二百万吨", "五到六亿吨": a quantity whose low end is written without its unit,
    /// in the same scale or none (then counted in the high end's).
    /// </summary>
    static Mention? WithBareLowEnd(string text, Mention high)
    {
        int mark = high.Start - 1;
        if (high.Class == UnitClass.Share || high.Approx is not null || mark < 1 || !RangeMarks.Contains(text[mark])) return null;
        int start = mark;
        while (start > 0 && LowEndChars.Contains(text[start - 1])) start--;
        if (start == mark || !FirstNumeralChars.Contains(text[start]) || text[mark - 1] == '点') return null;
        if (start > 0 && (NoFigureAfter.Contains(text[start - 1]) || text[start - 1] == '数' && text[start] == '十')) return null;
        var low = text.AsSpan(start, mark - start);
        var scale = low.EndsWith("万亿") ? "万亿" : low.EndsWith("亿") ? "亿" : low.EndsWith("万") ? "万" : "";
        if (scale.Length > 0 && scale != high.Scale) return null;
        if (!ChineseAmounts.TryParse(low[..^scale.Length], high.Scale, out var value) || value >= high.Value) return null;
        if (text[mark] is '至' or '到' && OpensFromTo(text, start)) return null;
        return high with { Start = start, Value = value, ValueText = low[..^scale.Length].ToString(), High = high.Value };
    }

    /// <summary>What a figure's numerals open with: a digit or 十 (百, 千, 万 open sayings: 百花齐放, 千方百计, 万一).</summary>
    static readonly CharSet FirstNumeralChars = new(ChineseAmounts.Digits + "十");

    /// <summary>What a bare low end is written with: numerals, scales and a decimal point.</summary>
    static readonly CharSet LowEndChars = new(ChineseAmounts.Digits + "十百千万亿点");

    /// <summary>What a figure never follows (as the regex's look-behind): an ordinal's 第, a fraction's 之, 几, 每, a year's ○.</summary>
    const string NoFigureAfter = "第几每之○";
}
