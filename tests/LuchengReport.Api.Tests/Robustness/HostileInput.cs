using System.Text;
using CsCheck;

namespace LuchengReport.Api.Tests.Robustness;

/// <summary>
/// What clients send, as URL fragments ready to put in a path segment or a query string: some already
/// percent-encoded text, some raw escapes that are not valid UTF-8 or not valid escapes at all (%FF, %C0%AF, %E4%B8,
/// %G1), which no encoder would produce but any client can type.
/// </summary>
public static class HostileInput
{
    /// <summary>Percent-encodes the UTF-8 of a text (a lone surrogate becomes U+FFFD, as any client would send it).</summary>
    public static string Encode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
                encoded.Append((char)b);
            else encoded.Append('%').Append(b.ToString("X2"));
        return encoded.ToString();
    }

    static readonly string[] SqlAndSearchSyntax =
    [
        "' OR 1=1 --", "\"; DROP TABLE paragraphs; --", "1; SELECT sqlite_version()", "%' UNION SELECT id, text FROM paragraphs --",
        "') OR ('1'='1", "lucheng-2021' --", "\\", "`", ";", "/* */", "NULL", "@q", ":q", "$1", "?", "?1",
        "\"", "\"\"", "\"岛", "*", "岛*", "NEAR(", "NEAR(岛 教育)", "NEAR(a b, 3)", "col:x", "text:岛", "paragraph_search:岛", "a OR b", "NOT 岛",
        "岛 AND 教育", "^岛", "-岛", "+岛", "(", ")", "{text}: 岛", "岛 \"", "'", "''", "%", "_", "%%", "[", "]", "\u0000",
    ];

    /// <summary>Raw fragments: invalid UTF-8, overlong and surrogate encodings, truncated and malformed escapes, NUL.</summary>
    static readonly string[] RawEscapes =
    [
        "%FF", "%FE%FF", "%FF%FE%00", "%C0%AF", "%C0%80", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80", "%F8%88%80%80%80", "%E4%B8", "%E5%B2",
        "%80", "%BF%BF", "%00", "a%00b", "%00%00%00", "%E5%B2%9B%00", "abc%00", "%22a%00", "%", "%%", "%G1", "%2", "%u0041", "%25",
        "%2B", "+", "%20", "++", "%0D%0A", "%0A", "%09", "%0B%0C", "%7F", "%1B%5B31m", "%26", "%3D", "%3F", "%23",
    ];

    static readonly string[] UnicodeOddities =
    [
        "😀", "👨‍👩‍👧‍👦", "🇨🇳", "\u202Eevil\u202C", "\u2066岛\u2069", "\u200B", "\u200D", "\uFEFF岛", "\u00AD", "e\u0301", "ﬁ", "İ", "ß",
        "岛\u3000", "\u3000", "\u00A0", "　岛　", "鹿城区", "地区生产总值", "，", "Ａ", "\uFFFD", "\uFFFF", "\uD800", "\uDC00x",
    ];

    static readonly string[] Numbers =
    [
        "-1", "0", "-0", "1", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999999999999", "1e309", "-1e309", "1e308", "-1e308", "1e-400", "4.9e-324", "NaN", "nan", "Infinity", "-Infinity",
        "∞", "0x10", "1_000", "1,000", "１２３", "٣", "+5", "5.", ".5", "00000000000000000001", "1e2", "1E+2", " 1", "1 ", "1.5", "0.0000001",
        "79228162514264337593543950336", "-", "e", "true", "",
    ];

    static readonly string[] Traversal =
    [
        "..", "../", "../../", "..%2f", "..%2F..%2F", "%2e%2e%2f", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd", "..%5c..%5c",
        "%2e", "%2e%2e", ".", "/etc/passwd", "%2fetc%2fpasswd", "lucheng.db", "..%2flucheng.db", "%2e%2e%2flucheng.db", "lucheng-2021.db%00.txt",
        "lucheng-2021.db%2f..", "~", "%7e", "con", "nul", "lucheng-2021%2f..%2f..",
    ];

    /// <summary>Long values: 10 KB of ASCII, of Chinese, of raw invalid escapes.</summary>
    static readonly string[] Long =
    [
        new string('a', 10_000), Encode(string.Concat(Enumerable.Repeat("鹿", 1_100))), string.Concat(Enumerable.Repeat("%FF", 3_300)),
        Encode(string.Concat(Enumerable.Repeat("\"*NEAR(", 1_000))), string.Concat(Enumerable.Repeat("1", 5_000)),
    ];

    /// <summary>Every known-hostile value, as a URL fragment.</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        .. SqlAndSearchSyntax.Select(Encode), .. RawEscapes, .. UnicodeOddities.Select(Encode), .. Numbers.Select(Encode), .. Traversal, .. Long,
    ];

    /// <summary>Hostile values short enough to sweep every parameter with each of them.</summary>
    public static IReadOnlyList<string> Short => Known.Where(v => v.Length < 1_000).ToList();

    /// <summary>Random text of any Unicode (lone surrogates included) and random raw bytes as escapes.</summary>
    public static readonly Gen<string> Random = Gen.OneOf(
        Gen.String[Gen.Char, 0, 40].Select(Encode),
        Gen.String[Gen.Char.AlphaNumeric, 0, 40].Select(Encode),
        Gen.Byte.Array[1, 20].Select(bytes => string.Concat(bytes.Select(b => $"%{b:X2}"))),
        Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => Encode(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>A hostile value: mostly known ones, a third random.</summary>
    public static readonly Gen<string> Value = Gen.Frequency((2, Gen.OneOf(Known.ToArray())), (1, Random));

    /// <summary>Parameter names no endpoint has, and odd spellings of real ones.</summary>
    public static readonly IReadOnlyList<string> UnknownNames =
        ["perod", "LIMIT", "Limit", "q[]", "a.b", "", "%FF", "%00", Encode("参数"), "__proto__", "constructor", Encode(" q"), "q%20", "x" + new string('y', 300)];
}
