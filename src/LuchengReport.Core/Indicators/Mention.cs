namespace LuchengReport.Core.Indicators;

/// <summary>How a number is written, which decides what it can join and how firm a fact it is.</summary>
internal enum NumberForm
{
    /// <summary>In digits: "1172.32亿元", "6.5%".</summary>
    Arabic,
    /// <summary>
    /// A Chinese-numeral count or round magnitude read only after a verb ("形成了十二个", "突破千亿大关"): debatable as
    /// an indicator (tier edge).
    /// </summary>
    ChineseCount,
    /// <summary>
    /// A Chinese-numeral share or quantity with its unit, as older reports write every figure ("百分之十一点八",
    /// "八千亿斤", "增长一点五倍"): a real indicator like its Arabic twin.
    /// </summary>
    ChineseQuantity,
}

/// <summary>
/// A number with its unit found in folded paragraph text. <see cref="Start"/> is the first digit (or numeral, or the
/// 百分之 of a share written in words: its <see cref="ValueText"/> is the numerals after it, its unit "%");
/// <see cref="End"/> is past the unit and any trailing qualifier (以上, 以内 …) or 大关. A range ("6.5%-7%") is one
/// mention: <see cref="Value"/> is its low end, <see cref="High"/> its high end.
/// </summary>
internal sealed record Mention(
    int Start,
    int End,
    decimal Value,
    string ValueText,
    string Scale,
    string BaseUnit,
    string? Approx,
    string? Post,
    NumberForm Form,
    decimal? High = null)
{
    public bool IsRange => High is not null;

    /// <summary>The unit as written, scale included: 亿 + 元 → 亿元.</summary>
    public string Unit => Scale + BaseUnit;

    public UnitClass Class => Units.ClassOf(BaseUnit);

    /// <summary>No unit and no scale (倍差从1.93缩小到1.83): only kept where 从…到 makes it a measurement.</summary>
    public bool IsBare => Scale.Length == 0 && BaseUnit.Length == 0;

    /// <summary>Whether a noun may follow the number as its subject (12个老旧校区, 11万平方米人才房, 26天成功实现…).</summary>
    public bool MayLeadNoun => Class is UnitClass.Count or UnitClass.Persons or UnitClass.Area or UnitClass.Length
        or UnitClass.Duration;
}
