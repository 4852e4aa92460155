namespace LuchengReport.Core.Indicators;

/// <summary>Reads the facts of one sentence, left to right: a 从…到 pair where there is one, else runs of values.</summary>
internal static class SentenceReader
{
    public static List<Draft> Read(SentenceState s)
    {
        var ms = s.Mentions;
        int i = 0;
        while (i < ms.Count)
        {
            if (FromToRule.TryRead(s, i, out int next)) { i = next; continue; }
            if (ms[i].IsBare) { i++; continue; }
            var run = new List<Mention> { ms[i] };
            int j = i + 1;
            if (!RunRule.LeadsNoun(s.Text, ms[i]))
                while (j < ms.Count && !ms[j].IsBare && RunRule.Joined(s.Text, ms[j - 1], ms[j]) && !RunRule.LeadsNoun(s.Text, ms[j - 1]))
                    run.Add(ms[j++]);
            RunRule.Read(s, run);
            i = j;
        }
        return s.Drafts;
    }
}
