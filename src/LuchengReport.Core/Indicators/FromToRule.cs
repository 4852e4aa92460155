using System.Text.RegularExpressions;
using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Indicators;

/// <summary>
/// 从X增长到Y, 由X提升至Y, 分别从X1、X2增长到Y1、Y2, 从农村X1、城镇X2,提高至城乡平均Y: the X are baselines (the year
/// before the period), the Y the period's actuals or targets, paired in order. Both are levels.
/// </summary>
internal static partial class FromToRule
{
    /// <summary>
    /// 从 or 由 right before the first baseline, with an optional year and a short label: "从10.8万元", "从农村6900元",
    /// "由2015年的680亿元", "由一九八○年的三千二百万亩".
    /// </summary>
    [GeneratedRegex(@"(?:从|由)(?:" + YearWords.Written + @"[底末]?的?)?(?<label>[^,;:。从由到至]{0,4})$")]
    private static partial Regex FromMarker();

    /// <summary>Between two values of one side: "、25632元", "、城镇8460元".</summary>
    [GeneratedRegex(@"^[、和及与](?<label>[^,;:。从由到至]{0,4})$")]
    private static partial Regex ListGap();

    /// <summary>Between the sides: "增长到", "提高到", "缩小到", ",提高至城乡平均", "提升至", "增加到2020年的", "增加到一九八五年的".</summary>
    [GeneratedRegex(@"^,?(?:增长|增加|提高|提升|上升|扩大|下降|减少|降低|缩小|压减|回落|升|降)?(?:到|至)(?:" + YearWords.Written + @"[底末]?的?)?(?<label>[^,;:。]{0,6})$")]
    private static partial Regex ToGap();

    /// <summary>Real lists hold a handful of values; the cap keeps all-to-all pairing small.</summary>
    const int MaxSide = 12;

    public static bool TryRead(SentenceState s, int i, out int next)
    {
        next = i;
        var text = s.Text;
        var ms = s.Mentions;
        // 从, a year and a label of at most four characters: no need to look further back.
        int gapStart = Math.Max(s.PreviousEnd(i), ms[i].Start - 12);
        var from = FromMarker().Match(text, gapStart, ms[i].Start - gapStart);
        if (!from.Success) return false;

        var fromSide = new List<(Mention M, string Label)> { (ms[i], from.Groups["label"].Value) };
        int j = i + 1;
        while (j < ms.Count && fromSide.Count < MaxSide && Gap(text, ms[j - 1], ms[j], ListGap()) is { } label) { fromSide.Add((ms[j], label)); j++; }
        if (j >= ms.Count || Gap(text, ms[j - 1], ms[j], ToGap()) is not { } toLabel) return false;
        var toSide = new List<(Mention M, string Label)> { (ms[j], toLabel) };
        j++;
        while (j < ms.Count && toSide.Count < MaxSide && Gap(text, ms[j - 1], ms[j], ListGap()) is { } label) { toSide.Add((ms[j], label)); j++; }

        int fromAt = from.Index;
        int clause = Math.Max(TextMarks.ClauseStart(text, s.Start, fromAt), s.ConsumedEnd);
        var reading = PrefixGrammar.Read(text, clause, fromAt, allowLeadingChange: false);
        string subject = SubjectRules.Clean(reading.Subject);
        int subjectStart = reading.SubjectStart;
        if (subject.Length == 0 && s.Previous is { } prev) (subject, subjectStart) = (prev.Base, prev.SubjectStart);

        var frame = s.FrameAt(ms[i].Start);
        var baselines = Build(fromSide, subject, subjectStart, Kinds.Baseline, frame.BaselinePeriod);
        var reached = Build(toSide, subject, subjectStart, frame.Kind, s.FrameAt(toSide[0].M.Start).Period);
        for (int a = 0; a < baselines.Count; a++)
            for (int b = 0; b < reached.Count; b++)
                if (baselines.Count != reached.Count || a == b) Draft.Relate(baselines[a], reached[b]);

        s.Drafts.AddRange(baselines);
        s.Drafts.AddRange(reached);
        s.Previous = new Chain(reached, subject, subjectStart, SubjectRules.ObjectOf(subject));
        s.ConsumedEnd = toSide[^1].M.End;
        next = j;
        return true;
    }

    static string? Gap(string text, Mention a, Mention b, Regex pattern)
    {
        var m = pattern.Match(text, a.End, b.Start - a.End);
        return m.Success ? m.Groups["label"].Value : null;
    }

    /// <summary>Labelled values take their label (农村 + 人均年低保标准); unlabelled ones share out the subject.</summary>
    static List<Draft> Build(List<(Mention M, string Label)> side, string subject, int subjectStart, string kind, string period)
    {
        var shared = SubjectRules.Distribute(subject, side.Count);
        return side.Select((v, k) =>
        {
            var label = SubjectRules.Clean(v.Label);
            var (comparator, qualifier) = Draft.Compare(v.M, pre: null, assurance: null);
            return new Draft
            {
                Mention = v.M,
                Subject = label.Length > 0 ? label + subject : shared[k],
                SpanStart = Math.Min(subjectStart, v.M.Start),
                SpanEnd = v.M.End,
                Measure = Measures.Level,
                Kind = kind,
                Period = period,
                Comparator = comparator,
                Qualifier = qualifier,
                Tier = Draft.TierOf(v.M, ranking: false),
            };
        }).ToList();
    }
}
