using FluentValidation;
using LuchengReport.Core.Import;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Projects;

/// <summary>One labelled row of the curated table: a refinement of what the rules found, with the reason.</summary>
public sealed record CuratedRow(int Line, string Name, string Action, string Value, string Comment);

/// <summary>
/// The curated table (<c>data//// The curated table (<c>data/projects.curated.csv</c>)lt;report-id/// The curated table (<c>data/projects.curated.csv</c>)gt;.projects.curated.csv</c>): labelled input that refines what the rules extract,
/// never the source of the project list. RFC 4180 CSV, UTF-8, header <c>name,action,value,comment</c>:
/// <list type="bullet">
/// <item><c>alias</c>: the project named <c>name</c> is also called <c>value</c> (both as written in the report);</item>
/// <item><c>category</c>: the project named <c>name</c> has category <c>value</c> (one of <see cref="ProjectCategories.All"/>);</item>
/// <item><c>exclude</c>: <c>name</c> is not a project (a false hit of the rules); <c>value</c> is left empty.</item>
/// </list>
/// Every row says why in <c>comment</c>. Every name and alias must occur in the report, or loading fails with an
/// <see cref="ImportException"/> naming the file and the line.
/// </summary>
public sealed class CuratedProjects
{
    public static readonly IReadOnlyList<string> Header = ["name", "action", "value", "comment"];
    public static readonly IReadOnlyList<string> Actions = ["alias", "category", "exclude"];

    CuratedProjects(IReadOnlyList<CuratedRow> rows) => Rows = rows;

    public IReadOnlyList<CuratedRow> Rows { get; }

    public static CuratedProjects Load(string csvPath, string reportText) =>
        Parse(File.ReadAllText(csvPath), csvPath, reportText);

    /// <summary>Parses and checks the table's text; <paramref name="file"/> names it in errors.</summary>
    public static CuratedProjects Parse(string csv, string file, string reportText)
    {
        IReadOnlyList<CsvRecord> records;
        try { records = CsvRecords.Read(csv); }
        catch (FormatException e) { throw new ImportException(file, e.Message); }

        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Header))
            throw new ImportException(file, $"line 1: expected the header \"{string.Join(',', Header)}\"");

        var validator = new RowValidator(Keys.Of(reportText));
        var rows = new List<CuratedRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != Header.Count)
                throw new ImportException(file, $"line {record.Line}: expected {Header.Count} fields, found {record.Fields.Count}");
            var f = record.Fields.Select(v => v.Trim()).ToList();
            var row = new CuratedRow(record.Line, f[0], f[1].ToLowerInvariant(), f[2], f[3]);
            var result = validator.Validate(row);
            if (!result.IsValid)
                throw new ImportException(file, $"line {record.Line}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
            rows.Add(row);
        }
        return new CuratedProjects(rows);
    }

    /// <summary>Applies exclusions and aliases to the drafts the rules made (before mentions are completed).</summary>
    internal void ApplyNames(List<ProjectDraft> drafts)
    {
        foreach (var row in Rows.Where(r => r.Action == "exclude"))
            drafts.RemoveAll(d => d.Keys.Contains(Keys.Of(row.Name)));
        foreach (var row in Rows.Where(r => r.Action == "alias"))
        {
            if (drafts.FirstOrDefault(d => d.Keys.Contains(Keys.Of(row.Name))) is not { } owner) continue;
            if (drafts.FirstOrDefault(d => d != owner && d.Keys.Contains(Keys.Of(row.Value))) is { } other)
            {
                owner.Absorb(other);
                drafts.Remove(other);
            }
            owner.Keys.Add(Keys.Of(row.Value));
            owner.ExtraAliases.Add(row.Value);
        }
    }

    /// <summary>The category the table gives a project, or null.</summary>
    internal string? CategoryOf(ProjectDraft draft) =>
        Rows.LastOrDefault(r => r.Action == "category" && draft.Keys.Contains(Keys.Of(r.Name)))?.Value;

    sealed class RowValidator : AbstractValidator<CuratedRow>
    {
        public RowValidator(string reportKey)
        {
            RuleFor(r => r.Name).NotEmpty().WithMessage("name is empty")
                .Must(n => reportKey.Contains(Keys.Of(n), StringComparison.Ordinal))
                .WithMessage(r => $"name \"{r.Name}\" does not occur in the report text");
            RuleFor(r => r.Action).Must(Actions.Contains)
                .WithMessage(r => $"action \"{r.Action}\" is not one of {string.Join('|', Actions)}");
            RuleFor(r => r.Value).NotEmpty().WithMessage("an alias needs the other name in value")
                .Must(v => reportKey.Contains(Keys.Of(v), StringComparison.Ordinal))
                .WithMessage(r => $"alias \"{r.Value}\" does not occur in the report text")
                .When(r => r.Action == "alias");
            RuleFor(r => r.Value).Must(ProjectCategories.All.Contains)
                .WithMessage(r => $"category \"{r.Value}\" is not one of {string.Join('|', ProjectCategories.All)}")
                .When(r => r.Action == "category");
            RuleFor(r => r.Value).Empty().WithMessage("an exclusion takes no value").When(r => r.Action == "exclude");
            RuleFor(r => r.Comment).NotEmpty().WithMessage("every row needs a comment saying why");
        }
    }
}
