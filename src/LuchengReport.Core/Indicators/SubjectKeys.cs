using System.Text.RegularExpressions;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Indicators;

/// <summary>Keys that let the same subject be found across paragraphs and reports.</summary>
public static partial class SubjectKeys
{
    /// <summary>Verbs of adding and accumulating that open a subject without changing what it measures.</summary>
    [GeneratedRegex(@"^(?:新增|净增|新建|新引进|累计|全年|完成|实现)")]
    private static partial Regex LeadingVerb();

    /// <summary>
    /// The key of a subject: folded to half-width, lower-cased, with quotes, brackets, punctuation and whitespace
    /// removed, and an opening verb of adding (新增, 净增, 累计 …) dropped. "新增“小升规”工业企业" and "小升规工业企业"
    /// share the key 小升规工业企业; 城镇… and 农村… stay apart.
    /// </summary>
    public static string Of(string subject)
    {
        var folded = FoldedText.FoldString(subject).ToLowerInvariant();
        var kept = new string(folded.Where(char.IsLetterOrDigit).ToArray());
        var key = LeadingVerb().Replace(kept, "");
        return key.Length > 0 ? key : kept;
    }
}
