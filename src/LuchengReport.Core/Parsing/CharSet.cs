namespace LuchengReport.Core.Parsing;

/// <summary>
/// A set of characters as a bitmap over all of UTF-16. For sets of a hundred-odd ideographs that occur every few
/// characters (the first characters of boundary words), a plain scan with one bit test per character beats a
/// vectorised <see cref="System.Buffers.SearchValues{T}"/>, which keeps stopping to check its false positives.
/// </summary>
internal sealed class CharSet
{
    readonly ulong[] _bits = new ulong[65536 / 64];

    public CharSet(IEnumerable<char> chars)
    {
        foreach (char c in chars) _bits[c >> 6] |= 1UL << c;
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>The first index at or after <paramref name="from"/> whose character is in the set, or -1.</summary>
    public int IndexIn(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
            if (Contains(text[i])) return i;
        return -1;
    }
}
