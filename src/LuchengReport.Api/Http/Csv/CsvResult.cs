using System.Text;

namespace LuchengReport.Api.Http.Csv;

/// <summary>
/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break, UTF-8.
/// With <c>download=1</c> it is an attachment with a UTF-8 BOM (so Excel on Chinese Windows reads UTF-8, not GBK);
/// <c>bom=1</c> adds the BOM alone. Never a <c>sep=</c> line: it breaks every other CSV reader.
/// </summary>
public sealed class CsvResult(IReadOnlyList<object> rows, Type rowType, string fileName, bool download, bool bom) : IResult
{
    static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        if (download) response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
        var bytes = Render(rows, rowType, download || bom);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public static byte[] Render(IReadOnlyList<object> rows, Type rowType, bool bom)
    {
        var columns = CsvColumn.For(rowType);
        var text = new StringBuilder();
        AppendRow(text, columns.Select(c => c.Name));
        foreach (var row in rows) AppendRow(text, columns.Select(c => c.Read(row)));
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return bom ? [.. Utf8Bom, .. body] : body;
    }

    static void AppendRow(StringBuilder text, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (var field in fields)
        {
            if (!first) text.Append(',');
            first = false;
            AppendField(text, field ?? "");
        }
        text.Append("\r\n");
    }

    static void AppendField(StringBuilder text, string field)
    {
        // A cell that starts with = + @ would run as a formula in Excel; a leading apostrophe keeps it text.
        if (field.Length > 0 && field[0] is '=' or '+' or '@') field = "'" + field;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) { text.Append(field); return; }
        text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
