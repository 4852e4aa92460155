namespace LuchengReport.Core.Indicators;

/// <summary>
/// The value of a figure written in Chinese numerals, read strictly: "十一点八" is 11.8, "三亿零五百三十" with the
/// scale 万 is 30530 (万), "两万" with the scale 亿 is 20000 (亿). A string a reader could take two ways is no number:
/// "二三十" (twenty or thirty), "一百五" (150 said, 105 written), "一九五八" (a year read digit by digit).
/// </summary>
internal static class ChineseAmounts
{
    /// <summary>The digits a figure is written with; 两 is 2 before a multiplier, 〇 and 零 stand for an empty place.</summary>
    public const string Digits = "零〇一二两三四五六七八九";

    /// <summary>The digits of a decimal part ("点八五"): 两 is never written there.</summary>
    public const string DecimalDigits = "零〇一二三四五六七八九";

    /// <summary>
    /// The value of <paramref name="num"/> ("十一点八", "三亿零五百三十") counted in <paramref name="scale"/> ("", "万",
    /// "亿", "万亿"): the figure the scale multiplies, as the unit is written with the scale (30530 of 万吨).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> num, string scale, out decimal value)
    {
        value = 0;
        int point = num.IndexOf('点');
        if (point >= 0)
        {
            // The scale multiplies the whole decimal figure: 三点五万亿 is 3.5 of 万亿.
            if (!TryParseWhole(num[..point], out var whole) || !TryParseFraction(num[(point + 1)..], out var fraction)) return false;
            value = whole + fraction;
            return true;
        }
        // 十四亿七千 with 万 is 十四亿七千万 counted in 万: the scale closes the last group, so the whole is read and divided.
        if (!TryParseWhole(string.Concat(num, scale), out var total)) return false;
        value = total / Units.ScaleFactor(scale);
        return true;
    }

    /// <summary>"八五" after 点 → 0.85.</summary>
    static bool TryParseFraction(ReadOnlySpan<char> digits, out decimal fraction)
    {
        fraction = 0;
        if (digits.IsEmpty) return false;
        decimal place = 0.1m;
        foreach (char c in digits)
        {
            int d = DecimalDigits.Contains(c) ? Digit(c) : -1;
            if (d < 0) return false;
            fraction += d * place;
            place /= 10;
        }
        return true;
    }

    /// <summary>
    /// A whole number ("三亿零五百三十万", "十二", "两千"). Groups of 亿 and 万 each hold a section of 千, 百, 十 in
    /// falling order; a digit stands before a multiplier, after 零, or last after 十; 十 alone opens a section ("十二").
    /// Anything else is refused.
    /// </summary>
    static bool TryParseWhole(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        decimal yi = 0, wan = 0, section = 0;
        int digit = -1, lastMultiplier = int.MaxValue;
        // afterBig: the last mark was 百, 千, 万 or 亿; loose: a digit written right after one, not yet given its place.
        bool afterZero = false, afterBig = false, loose = false;
        foreach (char c in s)
        {
            int d = Digits.Contains(c) ? Digit(c) : -1;
            if (d == 0)
            {
                // 一千零五: 零 fills the empty places before the next digit; it never follows a digit or doubles.
                if (digit > 0 || afterZero) return false;
                afterZero = true;
                continue;
            }
            if (d > 0)
            {
                // Two digits in a row (二三十) read two ways.
                if (digit > 0) return false;
                digit = d;
                loose = afterBig && !afterZero;
                continue;
            }
            int multiplier = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (multiplier > 0)
            {
                // 百 and 千 need their digit; 十 alone means 一十 (十二).
                if (multiplier >= lastMultiplier || afterZero && digit < 0 || digit < 0 && multiplier > 10) return false;
                section += (digit < 0 ? 1 : digit) * multiplier;
                lastMultiplier = multiplier;
                afterBig = multiplier > 10;
            }
            else
            {
                // 三千五万 is said for 3500万 and written for 3005万: refused, as is a group with nothing in it (亿万).
                decimal group = section + Math.Max(digit, 0);
                if (loose) return false;
                if (c == '万')
                {
                    if (group == 0 || wan != 0) return false;
                    wan = group * 10_000;
                }
                else if (c == '亿')
                {
                    // 万亿 multiplies the 万 group before it: 两万亿 is 2 × 10^12.
                    if (group + wan == 0 || yi != 0) return false;
                    yi = (wan + group) * 100_000_000;
                    wan = 0;
                }
                else return false;
                section = 0;
                lastMultiplier = int.MaxValue;
                afterBig = true;
            }
            digit = -1;
            afterZero = loose = false;
        }
        // 一百五 and 三万五 are said for 150 and 35000 and written for 105 and 30005; 零 cannot close a number (一千零),
        // though a number may be 零 alone (零点五).
        if (loose || afterZero && digit < 0 && s.Length > 1) return false;
        value = yi + wan + section + Math.Max(digit, 0);
        return true;
    }

    static int Digit(char c) => c switch
    {
        '〇' or '零' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };
}
