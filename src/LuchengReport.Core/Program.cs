using LuchengReport.Core.Import;

// The importer's command line: `import <seeds folder> <database file>` builds the database and prints one line.
if (args is not ["import", var seeds, var database])
{
    Console.Error.WriteLine("usage: LuchengReport.Core import <seeds folder> <database file>");
    return 2;
}
try
{
    Console.WriteLine(Importer.Import(seeds, database));
    return 0;
}
catch (ImportException e)
{
    Console.Error.WriteLine($"import failed: {e.Message}");
    return 1;
}
