using System.Text.RegularExpressions;

namespace LuchengReport.Core.Parsing.Cover;

/// <summary>
/// The labelled fields a government portal prints above a document: "索引号 001008003001001/2021-31351",
/// "组配分类 政府工作报告 发布机构 区政府办公室", "生成日期 2021-02-26 公开方式 主动公开".
/// </summary>
static partial class HeaderLabels
{
    public static bool IsLabelLine(SourceLine line) => Label().IsMatch(line.Key);

    /// <summary>Each label's value runs up to the next label on its line; the first value of a label wins.</summary>
    public static Dictionary<string, string> Read(IReadOnlyList<SourceLine> lines, int end)
    {
        var values = new Dictionary<string, string>();
        for (int i = 0; i < end; i++)
        {
            var key = lines[i].Key;
            var matches = Label().Matches(key);
            for (int m = 0; m < matches.Count; m++)
            {
                int valueStart = matches[m].Index + matches[m].Length;
                int valueEnd = m + 1 < matches.Count ? matches[m + 1].Index : key.Length;
                var value = key[valueStart..valueEnd].Trim();
                if (value.Length > 0) values.TryAdd(matches[m].Groups["label"].Value, value);
            }
        }
        return values;
    }

    /// <summary>A label's date as yyyy-MM-dd: 2021-02-26, 2021年2月26日 or 二〇二一年二月二十六日.</summary>
    public static string? IsoDate(string? text)
    {
        if (text is null) return null;
        var m = AnyDate().Match(text);
        if (!m.Success) return null;
        long Number(string s) => long.TryParse(s, out var n) ? n : ChineseNumerals.TryParse(s, out n) ? n : -1;
        long y = Number(m.Groups["y"].Value), mo = Number(m.Groups["m"].Value), d = Number(m.Groups["d"].Value);
        return y is >= 1949 and <= 2999 && mo is >= 1 and <= 12 && d is >= 1 and <= 31 ? $"{y:0000}-{mo:00}-{d:00}" : null;
    }

    [GeneratedRegex(@"(?<label>索引号|组配分类|发布机构|生成日期|公开方式|成文日期|发文字号|文号|主题分类|信息来源):?")]
    private static partial Regex Label();

    /// <summary>"2021-02-26", "2021/2/26", "2021.2.26", "2021年2月26日".</summary>
    [GeneratedRegex(@"(?<y>\d{4}|[〇零一二三四五六七八九]{4})(?:年|-|/|\.)(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})(?:月|-|/|\.)(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})")]
    private static partial Regex AnyDate();
}
