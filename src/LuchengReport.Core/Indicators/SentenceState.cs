namespace LuchengReport.Core.Indicators;

/// <summary>The facts last read in a sentence, which a later subject-less clause continues ("…1172.32亿元,增长3.1%").</summary>
internal sealed record Chain(IReadOnlyList<Draft> Drafts, string Base, int SubjectStart, string? Object);

/// <summary>
/// The frames of one paragraph's numbers: its section's, from a five-year marker on ("五年来…") the five-year
/// review's, made only when a paragraph has such a marker, and inside a statement of main targets the year's targets.
/// </summary>
internal sealed class ParagraphFrames(PeriodFrame frame, int fiveYearFrom, int? year, IReadOnlyList<TargetStatement>? statements = null)
{
    PeriodFrame? _review;

    public int? Year => year;

    /// <summary>The statement of main targets holding <paramref name="pos"/>, if any.</summary>
    public TargetStatement? StatementAt(int pos)
    {
        if (statements is null) return null;
        foreach (var s in statements)
            if (pos >= s.Start && pos < s.End) return s;
        return null;
    }

    /// <summary>The frame a number at <paramref name="pos"/> defaults to, before its sentence's horizon.</summary>
    public PeriodFrame At(int pos, out bool inReview)
    {
        inReview = fiveYearFrom >= 0 && pos >= fiveYearFrom;
        return inReview ? _review ??= PeriodRules.Frame(IndicatorVocabulary.PeriodScopes.Review, year) : frame;
    }
}

/// <summary>The state of one sentence being read: its mentions and the facts found so far.</summary>
internal sealed class SentenceState(string text, int start, int end, List<Mention> mentions, ParagraphFrames frames)
{
    public string Text { get; } = text;
    public int Start { get; } = start;
    public int End { get; } = end;
    public List<Mention> Mentions { get; } = mentions;
    public Chain? Previous { get; set; }
    /// <summary>Where the text already read ends: the next subject is looked for after it.</summary>
    public int ConsumedEnd { get; set; } = start;
    public List<Draft> Drafts { get; } = [];

    // The sentence's horizon ("到2025年") and opening year are looked for once per frame, not once per fact.
    PeriodFrame? _plain, _inReview;

    /// <summary>
    /// The frame of a number at <paramref name="pos"/>: a target of its period inside a statement of main targets,
    /// else the paragraph's, with the sentence's horizon or own year.
    /// </summary>
    public PeriodFrame FrameAt(int pos)
    {
        if (frames.StatementAt(pos) is { } statement) return PeriodRules.MainTargets(statement.Period);
        var frame = frames.At(pos, out bool inReview);
        return inReview
            ? _inReview ??= PeriodRules.ForSentence(frame, Text, Start, End, frames.Year)
            : _plain ??= PeriodRules.ForSentence(frame, Text, Start, End, frames.Year);
    }

    readonly int[] _previousEnd = Neighbours(mentions, start, end, forward: false);
    readonly int[] _nextStart = Neighbours(mentions, start, end, forward: true);

    /// <summary>The end of the last non-bare mention before index <paramref name="i"/>, or the sentence start.</summary>
    public int PreviousEnd(int i) => _previousEnd[i];

    /// <summary>The start of the first non-bare mention after index <paramref name="i"/>, or the sentence end.</summary>
    public int NextStart(int i) => _nextStart[i];

    /// <summary>The end of the clause that goes on after <paramref name="from"/>, at most a window on.</summary>
    public int ClauseEnd(int from)
    {
        int i = from, limit = Math.Min(End, from + TextMarks.SubjectWindow);
        while (i < limit && !TextMarks.IsClauseEnd(Text[i])) i++;
        return i;
    }

    /// <summary>The clause's words after its last number: "、总投资2195亿元的重点项目建设" → "的重点项目建设".</summary>
    public string TrailingNoun(int index, int clauseEnd)
    {
        int start = Mentions[index].End;
        for (int k = index + 1; k < Mentions.Count && Mentions[k].End <= clauseEnd; k++) start = Math.Max(start, Mentions[k].End);
        return Text[Math.Min(start, clauseEnd)..clauseEnd];
    }

    /// <summary>The index of <paramref name="m"/>, found by its start (mentions are in text order, one per start).</summary>
    public int IndexOf(Mention m) => Mentions.BinarySearch(m, ByStart);

    /// <remarks>One comparer for every search, not one made per call.</remarks>
    static readonly Comparer<Mention> ByStart = Comparer<Mention>.Create((a, b) => a.Start.CompareTo(b.Start));

    /// <summary>Nearest non-bare neighbours, computed once so that looking them up stays linear.</summary>
    static int[] Neighbours(List<Mention> ms, int start, int end, bool forward)
    {
        var result = new int[ms.Count];
        int seen = forward ? end : start;
        for (int n = 0; n < ms.Count; n++)
        {
            int i = forward ? ms.Count - 1 - n : n;
            result[i] = seen;
            if (!ms[i].IsBare) seen = forward ? ms[i].Start : ms[i].End;
        }
        return result;
    }
}
