using System.Text.RegularExpressions;

namespace LuchengReport.Core.Indicators;

/// <summary>
/// A run is one value, or values joined only by 、/和 ("71082元、38787元", "分别增长4.4%和7%"). Its subject is the
/// clause's words before it, shared out over the values, or — when those words are only a predicate ("增长") — the
/// subjects of the run before it in the sentence, value by value. A count followed by a noun takes the noun
/// ("12个老旧校区解危提升工程").
/// </summary>
internal static partial class RunRule
{
    /// <summary>A clause continuing the subject before it: "占全区公共财政预算支出的77.8%", "为全市贡献21.5个百分点", "是…的1.9倍".</summary>
    [GeneratedRegex(@"^(?<verb>占|为|是)")]
    private static partial Regex Continuation();

    const string NotANoun = "和及与或的等并以各";

    public static bool LeadsNoun(string text, Mention m) =>
        m.MayLeadNoun && m.End < text.Length && (TextMarks.IsIdeograph(text[m.End]) && !NotANoun.Contains(text[m.End]) || text[m.End] == '“');

    public static bool Joined(string text, Mention a, Mention b) =>
        b.Start - a.End is 1 or 2 && text[a.End..b.Start] is "、" or "和" or "及" or "与" or "或" or "以及";

    /// <summary>A value of the run with its subject and the fact it pairs with, if any.</summary>
    /// <remarks>Kept in arrays of this struct, not lists of tuples: those are generic code compiled at run time.</remarks>
    readonly record struct Fact(Mention M, string Subject, Draft? Partner);

    /// <summary>Every value of the run with one subject (and one partner).</summary>
    static Fact[] Each(List<Mention> run, string subject, Draft? partner = null)
    {
        var facts = new Fact[run.Count];
        for (int k = 0; k < facts.Length; k++) facts[k] = new Fact(run[k], subject, partner);
        return facts;
    }

    /// <summary>
    /// "分别控制在5%和3%以内": 控制在…以内 brackets the whole run, so its closing word bounds every value of it, where
    /// "分别增长8%和9.5%以上" bounds the last alone.
    /// </summary>
    static void CloseBracket(string text, int from, List<Mention> run, Fact[] facts)
    {
        if (run.Count < 2 || run[^1].Post is not ("以内" or "以下" or "之内") || !text.AsSpan(from, run[0].Start - from).EndsWith("控制在")) return;
        for (int k = 0; k < facts.Length; k++)
            if (facts[k].M.Post is null && !facts[k].M.IsRange) facts[k] = facts[k] with { M = facts[k].M with { Post = run[^1].Post } };
    }

    public static void Read(SentenceState s, List<Mention> run)
    {
        var text = s.Text;
        var first = run[0];
        int clause = TextMarks.ClauseStart(text, s.Start, first.Start);
        int from = Math.Min(Math.Max(clause, s.ConsumedEnd), first.Start);
        bool amount = first.Class is not (UnitClass.Count or UnitClass.Persons or UnitClass.Duration or UnitClass.Ranking);
        var reading = PrefixGrammar.Read(text, from, first.Start, allowLeadingChange: amount);
        var assurance = PrefixGrammar.AssuranceIn(text, clause, first.Start);
        var estimate = PrefixGrammar.EstimateIn(text, s.Start, first.Start);
        var raw = SubjectRules.Clean(reading.Subject);
        var prev = s.Previous;
        int spanStart = reading.SubjectStart, spanEnd = run[^1].End, consumed = run[^1].End;
        string @base = raw;
        Fact[] facts;

        if (run.Count == 1 && LeadsNoun(text, first))
        {
            int nextStart = s.NextStart(s.IndexOf(first));
            bool nextInClause = nextStart < s.End && !text.AsSpan(first.End, nextStart - first.End).ContainsAny(TextMarks.ClauseEnds);
            spanEnd = consumed = SubjectRules.NounEnd(text, first.End, nextStart, nextInClause);
            var noun = text[first.End..spanEnd];
            var lead = raw.Length > 2 ? SubjectRules.ObjectOf(raw) ?? raw : "";
            if (lead.Length == 0) spanStart = first.Start;
            @base = SubjectRules.Clean(lead + (first.Class == UnitClass.Duration ? SubjectRules.DurationSubject(noun) : noun));
            facts = [new Fact(first, @base, null)];
        }
        else if (raw.Length == 0 && prev is not null)
        {
            // "地区生产总值1172.32亿元,增长3.1%": the growth is of the subject before; value by value when counts agree.
            // "接待游客1200万人次,实现旅游收入150亿元,分别增长12%和15%": as many levels just before, one by one.
            var partners = prev.Drafts.Count == run.Count ? prev.Drafts
                : run.Count > 1 && s.Drafts.Count >= run.Count ? s.Drafts[^run.Count..]
                : null;
            spanStart = partners is null ? prev.SubjectStart : Math.Min(prev.SubjectStart, partners[0].SpanStart);
            @base = prev.Base;
            facts = new Fact[run.Count];
            for (int k = 0; k < run.Count; k++)
            {
                var partner = partners?[k] ?? (prev.Drafts.Count == 1 ? prev.Drafts[0] : null);
                facts[k] = new Fact(run[k], partner?.Subject ?? prev.Base, partner);
            }
        }
        else if (raw.Length == 0)
        {
            // "全力推进352个、总投资2195亿元的重点项目建设": the clause's closing noun names what is counted.
            spanEnd = s.ClauseEnd(run[^1].End);
            @base = SubjectRules.Clean(s.TrailingNoun(s.IndexOf(run[^1]), spanEnd).TrimStart('的'));
            facts = Each(run, @base);
        }
        else if (prev is not null && Continuation().Match(raw) is { Success: true } c)
        {
            spanStart = prev.SubjectStart;
            var rest = raw[1..];
            @base = prev.Base;
            var subject = c.Value switch
            {
                "占" => prev.Base + raw + (rest.Contains('比') || rest.Contains("份额") ? "" : "比重"),
                "为" => prev.Base + "对" + rest,
                _ => prev.Base + "相当于" + rest + (first.Class == UnitClass.Ratio ? "倍数" : ""),
            };
            facts = Each(run, subject, prev.Drafts.Count == 1 ? prev.Drafts[0] : null);
        }
        else if (prev?.Object is { } obj && SubjectRules.IsLoneVerb(raw))
        {
            // "开工“大建大美”项目119个、建成66个": 建成 shares the object of 开工.
            @base = raw + obj;
            spanStart = prev.SubjectStart;
            facts = Each(run, @base);
        }
        else if (prev is not null && SubjectRules.IsBareHead(raw))
        {
            // "…建成66个,完成投资263.6亿元", "81个、总投资220亿元项目": the investment of what was just counted.
            @base = (prev.Object ?? prev.Base) + raw;
            spanStart = prev.SubjectStart;
            facts = Each(run, @base);
        }
        else if (run.Count > 1)
        {
            var subjects = SubjectRules.Distribute(raw, run.Count);
            facts = new Fact[run.Count];
            for (int k = 0; k < run.Count; k++) facts[k] = new Fact(run[k], subjects[k], null);
        }
        else
        {
            var subjects = SubjectRules.SharedValue(raw, reading.Distribution);
            facts = new Fact[subjects.Count];
            for (int k = 0; k < subjects.Count; k++) facts[k] = new Fact(first, subjects[k], null);
        }

        CloseBracket(text, from, run, facts);
        var drafts = new Draft[facts.Length];
        for (int k = 0; k < facts.Length; k++)
        {
            var f = facts[k];
            drafts[k] = Draft.FromReading(s, f.M, f.Subject, Math.Min(spanStart, f.M.Start), Math.Max(spanEnd, f.M.End), reading, assurance, estimate);
        }
        for (int k = 0; k < drafts.Length; k++)
            if (facts[k].Partner is { } partner) Draft.Relate(drafts[k], partner);
        s.Drafts.AddRange(drafts);
        s.Previous = new Chain(drafts, @base, spanStart, SubjectRules.ObjectOf(@base) ?? prev?.Object);
        s.ConsumedEnd = consumed;
    }
}
