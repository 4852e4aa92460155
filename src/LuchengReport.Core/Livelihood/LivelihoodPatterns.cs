using System.Text.RegularExpressions;

namespace LuchengReport.Core.Livelihood;

/// <summary>The phrases a 政府工作报告 uses for its livelihood vote, matched on folded text (half-width, no spaces).</summary>
internal static partial class LivelihoodPatterns
{
    const string Number = @"(?<count>[〇零一二两三四五六七八九十百\d]+)";

    /// <summary>The candidates drawn up: "梳理形成了十二个民生实事候选项目" → 十二.</summary>
    [GeneratedRegex(Number + @"(?:个|项|件)?民生实事候选项目")]
    public static partial Regex Candidates();

    /// <summary>The ones chosen: "对票决出来的十大民生实事" → 十; not the candidates ("十二个民生实事候选项目").</summary>
    [GeneratedRegex(Number + @"(?:大|个|项|件)民生实事(?!候选)")]
    public static partial Regex Selected();

    /// <summary>How the congress chooses: "提请本次大会票决" → 票决.</summary>
    [GeneratedRegex(@"票决|投票表决|表决|投票")]
    public static partial Regex Method();

    /// <summary>The principle: "按照群众提、大家定、政府办的理念" → 群众提、大家定、政府办.</summary>
    [GeneratedRegex(@"按照(?<principle>[^,。:;!?]{2,30}?)的(?:理念|原则|方式|要求|机制|思路)")]
    public static partial Regex Principle();

    /// <summary>Any statement about livelihood projects: "民生实事".</summary>
    [GeneratedRegex(@"民生实事")]
    public static partial Regex Topic();

    /// <summary>A title about livelihood: "全面促进民生事业新发展".</summary>
    [GeneratedRegex(@"民生")]
    public static partial Regex LivelihoodTitle();
}
