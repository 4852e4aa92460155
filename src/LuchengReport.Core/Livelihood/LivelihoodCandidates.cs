using System.Globalization;
using FluentValidation;
using LuchengReport.Core.Import;
using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Livelihood;

/// <summary>
/// The optional candidates table <c>seeds/&lt;report-id&gt;.livelihood.csv</c>, for when the candidates become known
/// from another source (the report itself does not list them). RFC 4180 CSV, UTF-8 with or without a byte order
/// mark, header <c>number,title,description,category,selected</c>:
/// <list type="bullet">
/// <item><c>number</c>: the candidate's number, a whole number from 1, unique;</item>
/// <item><c>title</c>: required, at most 200 characters;</item>
/// <item><c>description</c>, <c>category</c>: optional (at most 2000 and 50 characters);</item>
/// <item><c>selected</c>: whether the vote chose it: true/false, yes/no, 1/0 or 是/否; empty when not known.</item>
/// </list>
/// A bad row fails the import with an <see cref="ImportException"/> naming the file and the row's line.
/// </summary>
public static class LivelihoodCandidates
{
    public static readonly IReadOnlyList<string> Header = ["number", "title", "description", "category", "selected"];

    /// <summary>Where the table for a report lives: <c>&lt;seeds&gt;/&lt;report-id&gt;.livelihood.csv</c>.</summary>
    public static string PathFor(string seedsDirectory, string reportId) =>
        Path.Combine(seedsDirectory, $"{reportId}.livelihood.csv");

    /// <summary>The report's candidates when its table exists, else null.</summary>
    public static IReadOnlyList<LivelihoodCandidate>? LoadIfPresent(string seedsDirectory, string reportId) =>
        File.Exists(PathFor(seedsDirectory, reportId)) ? Load(PathFor(seedsDirectory, reportId)) : null;

    public static IReadOnlyList<LivelihoodCandidate> Load(string csvPath) => Parse(File.ReadAllText(csvPath), csvPath);

    /// <summary>Parses and checks the table's text; <paramref name="file"/> names it in errors.</summary>
    public static IReadOnlyList<LivelihoodCandidate> Parse(string csv, string file)
    {
        IReadOnlyList<CsvRecord> records;
        try { records = CsvRecords.Read(csv); }
        catch (FormatException e) { throw new ImportException(file, e.Message); }
        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Header))
            throw new ImportException(file, $"line 1: expected the header \"{string.Join(',', Header)}\"");

        var validator = new RowValidator();
        var candidates = new List<LivelihoodCandidate>();
        var lines = new Dictionary<int, int>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != Header.Count)
                throw new ImportException(file, $"line {record.Line}: expected {Header.Count} fields, found {record.Fields.Count}");
            var row = new CandidateRow(record.Fields.Select(f => f.Trim()).ToList());
            var result = validator.Validate(row);
            if (!result.IsValid)
                throw new ImportException(file, $"line {record.Line}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
            int number = int.Parse(row.Number, CultureInfo.InvariantCulture);
            if (lines.TryGetValue(number, out int first))
                throw new ImportException(file, $"line {record.Line}: number {number} is already used on line {first}");
            lines[number] = record.Line;
            candidates.Add(new LivelihoodCandidate(number, row.Title, NullIfEmpty(row.Description), NullIfEmpty(row.Category), Selected(row.Selected)));
        }
        return candidates.OrderBy(c => c.Number).ToList();
    }

    static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    static readonly string[] Yes = ["true", "yes", "1", "是"], No = ["false", "no", "0", "否"];

    static bool? Selected(string s) =>
        Yes.Contains(s.ToLowerInvariant()) ? true : No.Contains(s.ToLowerInvariant()) ? false : null;

    /// <summary>A row as written, before it is trusted.</summary>
    sealed record CandidateRow(IReadOnlyList<string> Fields)
    {
        public string Number => Fields[0];
        public string Title => Fields[1];
        public string Description => Fields[2];
        public string Category => Fields[3];
        public string Selected => Fields[4];
    }

    sealed class RowValidator : AbstractValidator<CandidateRow>
    {
        public RowValidator()
        {
            RuleFor(r => r.Number).Must(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= 1)
                .WithMessage(r => $"number \"{r.Number}\" is not a whole number from 1");
            RuleFor(r => r.Title).NotEmpty().WithMessage("title is empty")
                .MaximumLength(200).WithMessage("title is longer than 200 characters");
            RuleFor(r => r.Description).MaximumLength(2000).WithMessage("description is longer than 2000 characters");
            RuleFor(r => r.Category).MaximumLength(50).WithMessage("category is longer than 50 characters");
            RuleFor(r => r.Selected).Must(s => s.Length == 0 || Yes.Contains(s.ToLowerInvariant()) || No.Contains(s.ToLowerInvariant()))
                .WithMessage(r => $"selected \"{r.Selected}\" is not one of true/false, yes/no, 1/0, 是/否 or empty");
        }
    }
}
