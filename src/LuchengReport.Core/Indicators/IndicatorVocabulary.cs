namespace LuchengReport.Core.Indicators;

/// <summary>The closed sets an <see cref="Indicator"/>'s coded fields take, so the API can publish them as enums.</summary>
public static class IndicatorVocabulary
{
    public static class Measures
    {
        /// <summary>An amount, a count or a share (1172.32亿元, 42家, 77.8%).</summary>
        public const string Level = "level";
        /// <summary>A growth or a fall of a quantity (增长3.1%, 下降12.4%, 压减2.46亿元).</summary>
        public const string Change = "change";
        public static readonly IReadOnlyList<string> All = [Level, Change];
    }

    public static class Kinds
    {
        public const string Actual = "actual";
        public const string Target = "target";
        /// <summary>X in 从X增长到Y: the starting point a later actual or target is measured from.</summary>
        public const string Baseline = "baseline";
        public static readonly IReadOnlyList<string> All = [Actual, Target, Baseline];
    }

    public static class Comparators
    {
        public const string Equal = "=";
        public const string AtLeast = ">=";
        public const string AtMost = "<=";
        public const string Above = ">";
        public const string Below = "<";
        public const string About = "~";
        /// <summary>A range ("增长6.5%-7%"): the value is its low end, valueHigh its high end.</summary>
        public const string Between = "between";
        public static readonly IReadOnlyList<string> All = [Equal, AtLeast, AtMost, Above, Below, About, Between];
    }

    public static class Qualifiers
    {
        /// <summary>
        /// An estimate ("预计全年地区生产总值增长5.1%左右"): a result stated before the statistics close. It keeps the
        /// kind of where it stands (actual in a review of the year) and the comparator of its own words (~ from 左右).
        /// </summary>
        public const string Estimate = "预计";
    }

    public static class Directions
    {
        public const string Up = "up";
        public const string Down = "down";
        public static readonly IReadOnlyList<string> All = [Up, Down];
    }

    /// <summary>How a result is judged against a target of a subject the curated table (subjects.tsv) knows.</summary>
    public static class Judgements
    {
        /// <summary>More is better: growth, output, income.</summary>
        public const string Higher = "higher";
        /// <summary>A limit not to pass: prices, unemployment, energy use per unit of GDP.</summary>
        public const string Ceiling = "ceiling";
        /// <summary>A level to reach and hold.</summary>
        public const string Level = "level";
        public static readonly IReadOnlyList<string> All = [Higher, Ceiling, Level];
    }

    public static class Tiers
    {
        /// <summary>A real indicator.</summary>
        public const string Core = "core";
        /// <summary>Debatable as an indicator: durations, rankings, time circles, Chinese-numeral counts.</summary>
        public const string Edge = "edge";
        public static readonly IReadOnlyList<string> All = [Core, Edge];
    }

    /// <summary>
    /// Periods are not a closed set: a year ("2020") or a span ("2016-2020"), derived from the report year. These name
    /// the rule that produced them (see <see cref="PeriodRules"/>).
    /// </summary>
    public static class PeriodScopes
    {
        /// <summary>The year the report looks back on: report year − 1.</summary>
        public const string PreviousYear = "previous-year";
        /// <summary>The five-year review: report year − 5 … report year − 1.</summary>
        public const string Review = "review";
        /// <summary>The year plan: the report year.</summary>
        public const string Year = "year";
        /// <summary>The five-year plan: report year … report year + 4.</summary>
        public const string Plan = "plan";
        public static readonly IReadOnlyList<string> All = [PreviousYear, Review, Year, Plan];
    }

    public static class NormalizedUnits
    {
        public const string Cny = "CNY";
        public const string Usd = "USD";
        /// <summary>Money per person (全员劳动生产率16.8万元/人 → 168000 CNY/person).</summary>
        public const string CnyPerPerson = "CNY/person";
        public const string Persons = "persons";
        public const string PersonTimes = "person-times";
        public const string Households = "households";
        public const string Count = "count";
        public const string Times = "times";
        public const string Percent = "percent";
        public const string Permille = "permille";
        public const string PercentagePoints = "percentage-points";
        public const string Multiple = "multiple";
        public const string Mu = "mu";
        public const string Hectares = "ha";
        public const string SquareMetres = "m2";
        public const string SquareKilometres = "km2";
        public const string Kilometres = "km";
        public const string Metres = "m";
        public const string Tonnes = "t";
        public const string Kilowatts = "kW";
        public const string KilowattHours = "kWh";
        public const string CubicMetres = "m3";
        public const string Kilograms = "kg";
        public const string MicrogramsPerCubicMetre = "ug/m3";
        public const string Days = "days";
        public const string Months = "months";
        public const string Hours = "hours";
        public const string Minutes = "minutes";
        public const string Rank = "rank";
        public const string Years = "years";

        public static readonly IReadOnlyList<string> All =
        [
            Cny, Usd, CnyPerPerson, Persons, PersonTimes, Households, Count, Times, Percent, Permille, PercentagePoints, Multiple,
            Mu, Hectares, SquareMetres, SquareKilometres, Kilometres, Metres, Tonnes, Kilowatts, KilowattHours,
            CubicMetres, Kilograms, MicrogramsPerCubicMetre, Days, Months, Hours,
            Minutes, Rank, Years,
        ];
    }
}
