using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Indicators;

/// <summary>What kind of quantity a unit measures; decides scaling, the tier and whether a noun may follow the number.</summary>
internal enum UnitClass { Bare, Money, Persons, Count, Share, Ratio, Area, Length, Volume, Mass, Power, Duration, Ranking, Age }

/// <summary>
/// The units the number grammar accepts, with the base each normalises to. A number followed by anything else
/// (年, 届, 国道, 版, G, A级 …) is not a measurement, which is most of how dates, editions and codes are left out.
/// </summary>
internal static class Units
{
    /// <summary>A unit's class, the base it normalises to and how many of the base one of it is (1 斤 = 0.5 kg).</summary>
    sealed record UnitInfo(UnitClass Class, string? Normalized, decimal Factor = 1);

    static readonly Dictionary<string, UnitInfo> Table = new()
    {
        ["元"] = new(UnitClass.Money, NormalizedUnits.Cny),
        // 全员劳动生产率16.8万元/人: money per worker, a unit of its own (the "/" would otherwise make it a code).
        ["元/人"] = new(UnitClass.Money, NormalizedUnits.CnyPerPerson),
        ["美元"] = new(UnitClass.Money, NormalizedUnits.Usd),
        ["人"] = new(UnitClass.Persons, NormalizedUnits.Persons),
        ["名"] = new(UnitClass.Persons, NormalizedUnits.Persons),
        ["人次"] = new(UnitClass.Persons, NormalizedUnits.PersonTimes),
        ["家次"] = new(UnitClass.Count, NormalizedUnits.Times),
        ["岁"] = new(UnitClass.Age, NormalizedUnits.Years),
        ["户"] = new(UnitClass.Count, NormalizedUnits.Households),
        ["次"] = new(UnitClass.Count, NormalizedUnits.Times),
        ["%"] = new(UnitClass.Share, NormalizedUnits.Percent),
        ["‰"] = new(UnitClass.Share, NormalizedUnits.Permille),
        ["个百分点"] = new(UnitClass.Share, NormalizedUnits.PercentagePoints),
        ["百分点"] = new(UnitClass.Share, NormalizedUnits.PercentagePoints),
        ["倍"] = new(UnitClass.Ratio, NormalizedUnits.Multiple),
        ["亩"] = new(UnitClass.Area, NormalizedUnits.Mu),
        ["公顷"] = new(UnitClass.Area, NormalizedUnits.Hectares),
        ["平方米"] = new(UnitClass.Area, NormalizedUnits.SquareMetres),
        ["平方公里"] = new(UnitClass.Area, NormalizedUnits.SquareKilometres),
        ["平方千米"] = new(UnitClass.Area, NormalizedUnits.SquareKilometres),
        ["公里"] = new(UnitClass.Length, NormalizedUnits.Kilometres),
        ["千米"] = new(UnitClass.Length, NormalizedUnits.Kilometres),
        ["米"] = new(UnitClass.Length, NormalizedUnits.Metres),
        ["吨"] = new(UnitClass.Mass, NormalizedUnits.Tonnes),
        ["千瓦"] = new(UnitClass.Power, NormalizedUnits.Kilowatts),
        // 新增风电装机300兆瓦: megawatts, normalised to kilowatts as 万千瓦 is.
        ["兆瓦"] = new(UnitClass.Power, NormalizedUnits.Kilowatts, 1000m),
        ["千瓦时"] = new(UnitClass.Power, NormalizedUnits.KilowattHours),
        // 发电量4455亿千瓦小时: older reports spell the kilowatt-hour out (else it reads as 亿千瓦 and a stray 小时).
        ["千瓦小时"] = new(UnitClass.Power, NormalizedUnits.KilowattHours),
        ["立方米"] = new(UnitClass.Volume, NormalizedUnits.CubicMetres),
        ["公斤"] = new(UnitClass.Mass, NormalizedUnits.Kilograms),
        ["千克"] = new(UnitClass.Mass, NormalizedUnits.Kilograms),
        // 粮食产量725亿斤: the grain harvest is counted in 斤 (half a kilogram) as often as in 吨.
        ["斤"] = new(UnitClass.Mass, NormalizedUnits.Kilograms, 0.5m),
        ["微克/立方米"] = new(UnitClass.Mass, NormalizedUnits.MicrogramsPerCubicMetre),
        ["天"] = new(UnitClass.Duration, NormalizedUnits.Days),
        ["个月"] = new(UnitClass.Duration, NormalizedUnits.Months),
        ["小时"] = new(UnitClass.Duration, NormalizedUnits.Hours),
        ["分钟"] = new(UnitClass.Duration, NormalizedUnits.Minutes),
        ["强"] = new(UnitClass.Ranking, NormalizedUnits.Rank),
        ["位次"] = new(UnitClass.Ranking, NormalizedUnits.Rank),
        ["个位次"] = new(UnitClass.Ranking, NormalizedUnits.Rank),
    };

    /// <summary>
    /// Counting classifiers (个, 家, 项 …): all normalise to a plain count. 门 counts telephone lines (电话交换机1900万门).
    /// </summary>
    public const string Classifiers = "个家项所幢栋条辆套张床件座台处宗艘例场起株只门";

    /// <summary>
    /// The unit alternatives of the number grammar, longest first so 个百分点 wins over 个 and 人次 over 人.
    /// Kept in step with <see cref="Table"/> and <see cref="Classifiers"/> (a test checks it).
    /// </summary>
    public const string Alternation =
        "个百分点|百分点|微克/立方米|平方公里|平方千米|平方米|立方米|公里|千米|公顷|公斤|千克|美元|元/人|元|人次|人|家次|个位次|位次|个月|分钟|小时|千瓦小时|千瓦时|千瓦|兆瓦|斤|" +
        "个|家|项|所|幢|栋|条|辆|套|张|床|件|座|台|处|宗|艘|例|场|起|株|只|门|户|名|次|亩|米|吨|天|倍|强|岁|%|‰";

    public static IEnumerable<string> Known => Table.Keys.Concat(Classifiers.Select(c => c.ToString()));

    public static UnitClass ClassOf(string baseUnit) =>
        baseUnit.Length == 0 ? UnitClass.Bare
        : Table.TryGetValue(baseUnit, out var info) ? info.Class
        : baseUnit.Length == 1 && Classifiers.Contains(baseUnit[0]) ? UnitClass.Count
        : UnitClass.Bare;

    public static decimal ScaleFactor(string scale) => scale switch
    {
        "万亿" => 1_000_000_000_000m,
        "万" => 10_000m,
        "亿" => 100_000_000m,
        "千万" => 10_000_000m,
        "百万" => 1_000_000m,
        _ => 1m,
    };

    /// <summary>
    /// 1172.32 亿元 → 117232000000 CNY; 1.26 万人 → 12600 persons; 725 亿斤 → 36250000000 kg; a bare 亿 or a bare ratio
    /// has no base.
    /// </summary>
    public static (decimal? Value, string? Unit) Normalize(decimal value, string scale, string baseUnit)
    {
        var (unit, factor) = Table.TryGetValue(baseUnit, out var info) ? (info.Normalized, info.Factor)
            : ClassOf(baseUnit) == UnitClass.Count ? (NormalizedUnits.Count, 1m)
            : (null, 1m);
        // Dividing by 1.000… drops the trailing zeros the multiplication leaves (1.26 × 10000 is 12600, not 12600.00).
        return unit is null ? (null, null) : (value * ScaleFactor(scale) * factor / 1.000000000000000000000000000000000m, unit);
    }
}
