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
        // One pass: fold, lower-case and keep letters and digits. Character by character is what the string-wide
        // calls did too: invariant lower-casing maps each character alone, and the surrogates it could pair up are
        // not letters here, so they are dropped either way.
        Span<char> buffer = subject.Length <= 256 ? stackalloc char[subject.Length] : new char[subject.Length];
        int n = 0;
        foreach (char original in subject)
        {
            char c = FoldedText.FoldChar(original);
            if (FoldedText.IsWhiteSpace(c)) continue;
            c = LowerInvariant(c);
            if (char.IsLetterOrDigit(c)) buffer[n++] = c;
        }
        var kept = new string(buffer[..n]);
        var key = LeadingVerb().Replace(kept, "");
        return key.Length > 0 ? key : kept;
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, which asks ICU one character at a time beyond ASCII; ideographs, most
    /// of a subject, have no case and are returned as they are.
    /// </summary>
    static char LowerInvariant(char c) => TextMarks.IsIdeograph(c) ? c : char.ToLowerInvariant(c);
}
