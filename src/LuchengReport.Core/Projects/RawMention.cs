namespace LuchengReport.Core.Projects;

/// <summary>
/// A name found in a paragraph: the folded spans that spell it (one span, or a list member plus the shared part
/// of its list, "朔门" + "历史文化街区"), the clause, the status verb, whether it reads as a specific name, and the
/// words around it that hint at its kind.
/// </summary>
internal sealed record RawMention(IReadOnlyList<Span> NameSpans, Span Surface, Span Clause, string? Status, bool Specific, string Context)
{
    /// <summary>
    /// The name as written with what clings to it, when something does: a quoted code before it
    /// ("“1+2+6+N”“城市大脑”鹿城分平台"), a works word after it ("解放街改造", "330国道藤桥段改建").
    /// </summary>
    public Span? Written { get; init; }

    /// <summary>
    /// Whether the text counts the name here as a kind ("新获批8个国家级台湾农民创业园", "建设一批概念验证中心"): a
    /// name counted anywhere in the report names a kind everywhere.
    /// </summary>
    public bool Counted { get; init; }

    public string Name(string text) => NameSpans.Count == 1 ? NameSpans[0].Of(text) : string.Concat(NameSpans.Select(s => s.Of(text)));

    /// <summary>The span for <see cref="Written"/> around a name's surface in its clause, or null when nothing clings to it.</summary>
    public static Span? WrittenAround(string text, Span clause, Span surface)
    {
        var code = NameShapes.CodeBefore().Match(text, clause.Start, surface.Start - clause.Start);
        var works = NameShapes.WorksAfter().Match(text, surface.End, clause.End - surface.End);
        var written = new Span(code.Success ? code.Index : surface.Start, surface.End + (works.Success ? works.Length : 0));
        return written == surface ? null : written;
    }
}
