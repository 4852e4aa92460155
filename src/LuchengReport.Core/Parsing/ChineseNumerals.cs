namespace LuchengReport.Core.Parsing;

/// <summary>Reads Chinese numerals as they appear in headings and counts: 一 → 1, 十二 → 12, 二十三 → 23, 一百 → 100, 二〇二一 → 2021.</summary>
public static class ChineseNumerals
{
    public const string Digits = "〇零一二两三四五六七八九";
    public const string Characters = Digits + "十百千万亿";

    public static bool TryParse(string s, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(s)) return false;
        foreach (var c in s) if (!Characters.Contains(c)) return false;

        // Digit-by-digit form used for years: 二〇二一.
        if (s.Length > 1 && s.All(c => Digit(c) >= 0))
        {
            foreach (var c in s) value = value * 10 + Digit(c);
            return true;
        }

        long total = 0, section = 0, digit = 0;
        foreach (var c in s)
        {
            int d = Digit(c);
            if (d >= 0) { digit = d; continue; }
            long unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10_000, _ => 100_000_000 };
            if (unit >= 10_000)
            {
                total = (total + section + digit) * unit;
                section = digit = 0;
            }
            else
            {
                section += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        value = total + section + digit;
        return true;
    }

    static int Digit(char c) => c switch
    {
        '〇' or '零' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };
}
