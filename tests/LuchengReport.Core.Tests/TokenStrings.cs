namespace LuchengReport.Core.Tests;

/// <summary>
/// Strings made of tokens drawn at random, for the tests that hold a hand-written matcher to the regex it stands in
/// for: a fixed seed, so a failure repeats.
/// </summary>
public static class TokenStrings
{
    /// <summary><paramref name="count"/> strings of <paramref name="minTokens"/> to <paramref name="maxTokens"/> − 1 tokens each.</summary>
    public static IEnumerable<string> Drawn(IReadOnlyList<string> tokens, int seed, int count, int minTokens, int maxTokens)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
            yield return string.Concat(Enumerable.Range(0, random.Next(minTokens, maxTokens)).Select(_ => tokens[random.Next(tokens.Count)]));
    }
}
