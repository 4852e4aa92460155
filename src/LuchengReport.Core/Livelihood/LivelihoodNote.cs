namespace LuchengReport.Core.Livelihood;

/// <summary>A plain-English note on the record, composed from its values so it never says more than the text does.</summary>
internal static class LivelihoodNote
{
    public static string Of(LivelihoodRecord r)
    {
        var parts = new List<string>();
        parts.Add(r.CandidateCount is int n
            ? $"The report says the district government drew up {n} candidate livelihood projects (民生实事候选项目)"
            : "The report speaks of candidate livelihood projects (民生实事) without saying how many");
        if (r.SelectionMethod is not null) parts[0] += $" and put them to the people's congress to choose by vote ({r.SelectionMethod})";
        parts[0] += ".";
        if (r.SelectedCount is int k) parts.Add($"The {k} projects the vote selects are to be carried out by the government.");
        if (r.Principle is not null) parts.Add($"The stated principle is “{r.Principle}”.");
        parts.Add("The report does not list the candidates.");
        if (r.CandidatesListed)
        {
            var listed = $"The {r.Candidates.Count} candidates given here come from a separate table, not from the report text";
            parts.Add(r.CandidateCount is int m && m != r.Candidates.Count ? $"{listed}; the report says {m}." : listed + ".");
        }
        return string.Join(" ", parts);
    }
}
