using System.Security.Cryptography;
using LuchengReport.Core.Import;
using LuchengReport.Core.Model;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Parsing;

/// <summary>The parsing pipeline for one seed file: decode → lines → drop furniture → metadata → structure.</summary>
public static class ReportParser
{
    /// <param name="sha256">The bytes' SHA-256 when the caller has it already (the importer hashes every seed once).</param>
    public static ParsedReport Parse(string reportId, string fileName, byte[] bytes, string? sha256 = null)
    {
        var text = SeedDecoder.Decode(bytes, fileName);
        var lines = SourceLine.Split(text).Where(l => !Furniture.IsFurniture(l)).ToList();
        var (metadata, bodyStart) = MetadataParser.Parse(lines);
        var body = bodyStart >= 0 ? lines.Skip(bodyStart).ToList() : lines.SkipWhile(l => !LooksLikeBodyStart(l)).ToList();
        // Without a recognisable cover or opening, every line is body: nothing the file says is dropped.
        if (body.Count == 0 && bodyStart < 0) body = lines.ToList();
        var (sections, paragraphs, form) = StructureParser.Parse(reportId, body);
        return new ParsedReport(reportId, fileName, sha256 ?? Convert.ToHexStringLower(SHA256.HashData(bytes)), text, metadata, sections, paragraphs)
        {
            Warnings = Warnings(sections, paragraphs, form),
        };
    }

    /// <summary>What a reader of the served data should know the parser could not find, or found by judgement.</summary>
    static List<string> Warnings(IReadOnlyList<Section> sections, IReadOnlyList<Paragraph> paragraphs, PartForm form)
    {
        var warnings = new List<string>();
        var parts = sections.Where(s => s.Level == SectionLevels.Part).Select(s => s.Title);
        if (paragraphs.Count == 0)
            warnings.Add("no body paragraphs found: only the cover was read");
        else if (form == PartForm.None)
            warnings.Add("no part headings found (such as \"一、…\" on a line of their own): every paragraph is kept, in order, in one section");
        else if (form == PartForm.Shape)
            warnings.Add($"part headings found by their shape, without numerals: {string.Join(", ", parts)}");
        else if (form == PartForm.ItemNumbers)
            warnings.Add($"part headings found as \"(一)…\" lines of their own, in a report with no \"一、…\" headings: {string.Join(", ", parts)}");
        return warnings;
    }

    static bool LooksLikeBodyStart(SourceLine line) =>
        Headings.Salutation().IsMatch(line.Key) || Headings.Part().IsMatch(line.Key);
}
