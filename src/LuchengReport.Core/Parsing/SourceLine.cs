using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Parsing;

/// <summary>A non-blank line of the report: its verbatim text (trimmed), where it sits, and its folded form for matching.</summary>
public sealed record SourceLine(int Number, string Text, int Start, int End, FoldedText Folded)
{
    public string Key => Folded.Text;

    /// <summary>Splits LF-normalised text into trimmed, non-blank lines with their offsets.</summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        int lineStart = 0, number = 1;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            int start = lineStart, end = lineEnd;
            while (start < end && IsBlank(text[start])) start++;
            while (end > start && IsBlank(text[end - 1])) end--;
            if (end > start)
            {
                var verbatim = text[start..end];
                lines.Add(new SourceLine(number, verbatim, start, end, FoldedText.Fold(verbatim)));
            }
            if (newline < 0) break;
            lineStart = newline + 1;
            number++;
        }
        return lines;
    }

    static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
