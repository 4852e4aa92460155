using System.Text;

namespace LuchengReport.Core.Projects;

/// <summary>One CSV record and the line of the file it starts on (1-based; the header is line 1).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas,
/// line breaks and doubled quotes (<c>"He said ""hi"", then left"</c>). A UTF-8 byte order mark is ignored, and so
/// are blank lines. Malformed quoting throws a <see cref="FormatException"/> naming the line.
/// </summary>
public static class CsvRecords
{
    public static IReadOnlyList<CsvRecord> Read(string content)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, i = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        bool quoted = false, wasQuoted = false;

        for (; i < content.Length; i++)
        {
            char c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted: quoted = wasQuoted = true; break;
                case '"': throw new FormatException($"line {line}: a quote inside an unquoted field (quote the whole field and double the quote)");
                case ',': EndField(); break;
                case '\r' when i + 1 < content.Length && content[i + 1] == '\n': break;
                case '\r' or '\n': EndRecord(); line++; recordLine = line; break;
                default:
                    if (wasQuoted) throw new FormatException($"line {line}: text after a closing quote");
                    field.Append(c);
                    break;
            }
        }
        if (quoted) throw new FormatException($"line {recordLine}: a quoted field is never closed");
        EndRecord();
        return records;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            wasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Length > 0) records.Add(new CsvRecord(recordLine, fields.ToList()));
            fields.Clear();
        }
    }

    /// <summary>Reads a file as UTF-8, with or without a byte order mark.</summary>
    public static IReadOnlyList<CsvRecord> ReadFile(string path) => Read(File.ReadAllText(path, new UTF8Encoding(false)));
}
