using static LuchengReport.Core.Indicators.IndicatorVocabulary;

namespace LuchengReport.Core.Indicators;

/// <summary>A fact being built: a mention (several facts may share one: "A和B均增长15%"), a subject and a span of folded text.</summary>
internal sealed class Draft
{
    public required Mention Mention { get; init; }
    public required string Subject { get; init; }
    public required int SpanStart { get; init; }
    public required int SpanEnd { get; init; }
    public required string Measure { get; init; }
    public required string Kind { get; init; }
    public required string Period { get; init; }
    public required string Comparator { get; init; }
    public string? Qualifier { get; init; }
    public string? Direction { get; init; }
    public required string Tier { get; init; }
    public bool IsRanking { get; init; }
    /// <summary>Partners in the same clause; most facts have none, so the list is made with the first.</summary>
    public IReadOnlyList<Draft> Related => _related ?? (IReadOnlyList<Draft>)[];
    List<Draft>? _related;
    /// <summary>The indicator id, given once the paragraph's facts are in order.</summary>
    public string? Id { get; set; }

    /// <remarks>A draft has a handful of partners at most, so a list scan finds a pair already related.</remarks>
    public static void Relate(Draft a, Draft b)
    {
        if (ReferenceEquals(a, b)) return;
        foreach (var r in a.Related) if (ReferenceEquals(r, b)) return;
        (a._related ??= []).Add(b);
        (b._related ??= []).Add(a);
    }

    /// <summary>A fact of a run: its coded fields come from the words before the number and the frame where it stands.</summary>
    /// <param name="estimate">预计 when the sentence states an estimate before this number: it becomes the qualifier.</param>
    public static Draft FromReading(SentenceState s, Mention m, string subject, int spanStart, int spanEnd, PrefixReading reading, string? assurance,
        string? estimate = null)
    {
        var frame = s.FrameAt(m.Start);
        var (comparator, qualifier) = Compare(m, reading.PreQualifier, assurance);
        return new Draft
        {
            Mention = m,
            Subject = subject,
            SpanStart = spanStart,
            SpanEnd = spanEnd,
            Measure = reading.IsChange ? Measures.Change : Measures.Level,
            Direction = reading.Direction,
            // "形成了十二个候选项目": 了 marks what is done, even among targets.
            Kind = reading.Done && frame.Kind == Kinds.Target ? Kinds.Actual : frame.Kind,
            Period = frame.Period,
            Comparator = comparator,
            Qualifier = estimate ?? qualifier,
            Tier = TierOf(m, reading.Ranking, subject),
            IsRanking = reading.Ranking,
        };
    }

    /// <summary>
    /// The comparator and the word that set it: a range is "between" (确保/力争 its qualifier), then a trailing
    /// 以上/以内/左右 (it belongs to this number alone: "分别增长8%和9.5%以上"), then 多/余, then a leading
    /// 突破/接近/不低于; 确保 and 力争 qualify a plain "=".
    /// </summary>
    public static (string Comparator, string? Qualifier) Compare(Mention m, string? pre, string? assurance)
    {
        if (m.IsRange) return (Comparators.Between, assurance);
        var post = m.Post switch
        {
            "以上" => Comparators.AtLeast,
            "以内" or "以下" or "之内" => Comparators.AtMost,
            "左右" => Comparators.About,
            _ => null,
        };
        if (post is not null) return (post, m.Post);
        if (m.Approx is not null) return (Comparators.Above, m.Approx);
        var before = pre switch
        {
            "不低于" or "不少于" or "至少" => Comparators.AtLeast,
            "不超过" or "不高于" => Comparators.AtMost,
            "突破" or "超过" or "超" or "逾" or "高于" => Comparators.Above,
            "接近" or "将近" or "近" or "约" => Comparators.About,
            "不到" or "不足" or "低于" => Comparators.Below,
            _ => null,
        };
        return before is not null ? (before, pre) : (Comparators.Equal, assurance);
    }

    /// <summary>
    /// Edge: Chinese-numeral counts, durations and time circles, rankings (前10名, 30强, 10个位次). A count of days
    /// (空气优良天数350天) is a real indicator, and so is a share or quantity written in Chinese numerals (百分之八).
    /// </summary>
    public static string TierOf(Mention m, bool ranking, string subject = "") =>
        m.Form == NumberForm.ChineseCount || ranking || m.Class == UnitClass.Ranking || m.Class == UnitClass.Duration && !subject.Contains("天数")
            ? Tiers.Edge : Tiers.Core;
}
