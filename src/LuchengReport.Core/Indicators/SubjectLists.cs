namespace LuchengReport.Core.Indicators;

/// <summary>Subjects written as lists: shared out over several values, or one value over several subjects.</summary>
internal static partial class SubjectRules
{
    /// <summary>Splits "网上可办率、掌上可办率、即办率" on list joiners outside quotes and brackets.</summary>
    public static List<string> SplitList(string s, string joiners = TextMarks.ListJoiners)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '“' or '(' or '《' or '「') depth++;
            else if (c is '”' or ')' or '》' or '」') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && joiners.Contains(c))
            {
                parts.Add(s[start..i]);
                start = i + 1;
            }
        }
        parts.Add(s[start..]);
        return parts.Select(Clean).Where(p => p.Length > 0).ToList();
    }

    /// <summary>
    /// The subjects of <paramref name="count"/> values written after one subject: a list of as many names,
    /// 城乡… as 城镇… and 农村…, or the one subject for all.
    /// </summary>
    public static List<string> Distribute(string subject, int count)
    {
        var parts = SplitList(subject);
        if (count > 1 && parts.Count == count) return ShareHead(parts);
        var clean = Clean(subject);
        if (count == 2 && clean.Contains("城乡"))
            return [ReplaceFirst(clean, "城乡", "城镇"), ReplaceFirst(clean, "城乡", "农村")];
        return Enumerable.Repeat(clean, count).ToList();
    }

    /// <summary>
    /// The subjects one value applies to: "A和B均达到100%" and "事故起数和死亡人数较前两年平均数下降20%" are two facts;
    /// "中小学、幼儿园6所" stays one.
    /// </summary>
    public static List<string> SharedValue(string subject, string? distribution)
    {
        if (distribution is "均" or "都")
        {
            var parts = SplitList(subject);
            if (parts.Count > 1) return ShareHead(parts);
        }
        // Without 和 there is no pair: the one subject, cleaned.
        if (!subject.Contains('和')) return [Clean(subject)];
        var pair = SplitList(subject, "和");
        if (pair.Count > 1 && pair.All(p => p.Length >= 2 && QuantityHead().IsMatch(p))) return pair;
        return [Clean(subject)];
    }

    /// <summary>
    /// Members that name parts of one whole, written before the head they share: "一、二、三产增加值" is 一产增加值,
    /// 二产增加值 and 三产增加值; "城镇和农村常住居民人均可支配收入" is 城镇… and 农村常住居民人均可支配收入. Only these
    /// words: a list of other short names ("原煤、原油、天然气产量") cannot be split by length alone.
    /// </summary>
    static readonly string[] PartWords =
    [
        "城镇", "农村", // the urban and rural halves, where a report does not write 城乡
        "城市", "乡村", // the same halves in other words
        "一产", "二产", "三产", "一", "二", "三", // the three sectors: 一产、二产、三产增加值; 一、二、三产增加值
        "进口", "出口", // the two sides of trade: 进口、出口额
        "中央", "地方", // the two levels of public finance: 中央、地方财政收入
    ];

    /// <summary>Members that are part words sharing the head the last one carries (see <see cref="PartWords"/>), completed.</summary>
    static List<string> ShareHead(List<string> parts)
    {
        for (int k = 0; k < parts.Count - 1; k++)
            if (Array.IndexOf(PartWords, parts[k]) < 0) return parts;
        var last = parts[^1];
        // The last member is as long as the first: 三 of "一、二、三产业增加值", 三产 of "一产、二产、三产增加值".
        int n = parts[0].Length;
        if (last.Length <= n || Array.IndexOf(PartWords, last[..n]) < 0) return parts;
        var head = last[n..];
        return parts.Select((p, k) => k == parts.Count - 1 ? p : p + head).ToList();
    }

    static string ReplaceFirst(string s, string find, string with)
    {
        int i = s.IndexOf(find, StringComparison.Ordinal);
        return s[..i] + with + s[(i + find.Length)..];
    }
}
