using LuchengReport.Core.Import;

// The importer's command line: `import <seeds folder> <database file> [--curated <folder>]` builds the database
// and prints one line. The curated tables default to the data/ folder beside the seeds.
string? curated = null;
if (args is ["import", _, _, "--curated", var folder]) curated = folder;
else if (args is not ["import", _, _])
{
    Console.Error.WriteLine("usage: LuchengReport.Core import <seeds folder> <database file> [--curated <folder>]");
    return 2;
}
try
{
    var summary = Importer.Import(args[1], args[2], curated);
    foreach (var report in summary.Reports)
        foreach (var warning in report.Warnings) Console.Error.WriteLine($"warning: {report.SourceFile}: {warning}");
    Console.WriteLine(summary);
    return 0;
}
catch (ImportException e)
{
    Console.Error.WriteLine($"import failed: {e.Message}");
    return 1;
}
