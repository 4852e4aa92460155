using System.Text;
using System.Text.RegularExpressions;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Import;

/// <summary>
/// A report's id, formed from its file name's stem alone, so the same name always gives the same id whatever else is
/// in the folder. An id is readable and URL-safe: a-z, 0-9 and single hyphens, at most 64 characters. The rule
/// (also in seeds/README.md):
/// <list type="number">
/// <item>A stem that already is an id (lower-case ASCII letters, digits and hyphens, starting with a letter or digit,
/// at most 64 characters) is the id: lucheng-2021.txt → lucheng-2021.</item>
/// <item>Otherwise full-width forms are folded to ASCII (２０２５ → 2025, （ → (, the ideographic space → a space), A-Z
/// lower-cased, and a year in Chinese digits written in digits (二〇二五年 → 2025年).</item>
/// <item>The words every report's name shares are dropped (<see cref="SharedWords"/>, and the 年 or 年度 after a
/// year's four digits), unless nothing would be left (政府工作报告.txt → zhengfugongzuobaogao).</item>
/// <item>Each run of Chinese characters becomes one word: each character's customary Mandarin reading without its
/// tone, ü written v (<see cref="PinyinTable"/>). A Chinese character without a reading becomes a word of its own,
/// "u" and its code in hex (㐀 → u3400). Runs of ASCII letters and digits are words; anything else separates
/// words; words are joined by one hyphen.</item>
/// <item>Past 64 characters the id ends at the last whole word that fits (a first word that alone is longer is cut).</item>
/// </list>
/// "2025年浙江省政府工作报告" → "2025-zhejiangsheng"; "政府工作报告（2023）" → "2023". Polyphones take their customary
/// reading (重庆 → zhongqing): to choose an id, name the file with it (chongqing-2025.txt).
/// </summary>
public static partial class ReportIds
{
    public const int MaxLength = 64;

    /// <summary>
    /// Words every report's file name shares: they tell one report from another by nothing. Replaced in this order,
    /// each by a word break, so a longer word goes before the words inside it.
    /// </summary>
    static readonly string[] SharedWords =
    [
        "人民政府", // the government's full name: 浙江省人民政府工作报告, 青田县人民政府2024年工作报告
        "政府工作报告", // the genre itself: 2025年浙江省政府工作报告 → 浙江省
        "工作报告", // the genre once 人民政府 is gone, or said without 政府
        "报告", // any report's last word
        "全文", // a portal's "(全文)": every seed is the whole text
    ];

    public static bool IsId(string s) => Id().IsMatch(s);

    /// <summary>The id a file name's stem gives, or null when it holds no letter, digit or Chinese character to form one from.</summary>
    public static string? FromStem(string stem)
    {
        if (IsId(stem)) return stem;
        var folded = ChineseYear().Replace(Fold(stem), m => string.Concat(m.Value.Select(ChineseDigit)));
        var words = Words(WithoutSharedWords(folded));
        if (words.Count == 0) words = Words(folded);
        return words.Count == 0 ? null : Join(words);
    }

    static string Fold(string stem) => string.Concat(stem.Select(FoldChar));

    static char FoldChar(char c)
    {
        c = FoldedText.FoldChar(c);
        return char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c;
    }

    static char ChineseDigit(char c) => c is '〇' or '零' ? '0' : (char)('0' + "一二三四五六七八九".IndexOf(c) + 1);

    static string WithoutSharedWords(string text)
    {
        text = YearSuffix().Replace(text, "$1 ");
        foreach (var word in SharedWords) text = text.Replace(word, " ", StringComparison.Ordinal);
        return text;
    }

    static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inHan = false;
        void Break()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value))
            {
                if (inHan) Break();
                inHan = false;
                word.Append((char)rune.Value);
            }
            else if (rune.IsBmp && PinyinTable.Of((char)rune.Value) is { } reading)
            {
                if (!inHan) Break();
                inHan = true;
                word.Append(reading);
            }
            else if (IsHan(rune))
            {
                Break();
                words.Add($"u{rune.Value:x}");
            }
            else Break();
        }
        Break();
        return words;
    }

    /// <summary>The CJK Unified Ideographs, their extensions A to H and the compatibility ideographs.</summary>
    static bool IsHan(Rune rune) => rune.Value is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x323AF;

    static string Join(List<string> words)
    {
        var id = new StringBuilder(words[0].Length > MaxLength ? words[0][..MaxLength] : words[0]);
        foreach (var word in words.Skip(1))
        {
            if (id.Length + 1 + word.Length > MaxLength) break;
            id.Append('-').Append(word);
        }
        return id.ToString();
    }

    /// <summary>lucheng-2021, 2025-zhejiangsheng: what an id looks like.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Id();

    /// <summary>"二〇二五年", "二零二五年度": a year in Chinese digits (the 年 stays, for <see cref="YearSuffix"/>).</summary>
    [GeneratedRegex("(?<![〇零一二三四五六七八九])[〇零一二三四五六七八九]{4}(?=年)")]
    private static partial Regex ChineseYear();

    /// <summary>"2025年", "2025年度": the 年 after a year's digits, which every dated name has.</summary>
    [GeneratedRegex("(?<![0-9])([0-9]{4})年度?")]
    private static partial Regex YearSuffix();
}
