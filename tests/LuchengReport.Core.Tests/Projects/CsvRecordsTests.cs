using LuchengReport.Core.Projects;

namespace LuchengReport.Core.Tests.Projects;

public class CsvRecordsTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        var records = CsvRecords.Read("a,b,c\r\n1,\"x, y\",\"He said \"\"hi\"\"\"\n2,\"two\nlines\",\n3,plain,\"\"\n");
        Assert.Equal(["1", "x, y", "He said \"hi\""], records[1].Fields);
        Assert.Equal(["2", "two\nlines", ""], records[2].Fields);
        Assert.Equal(["3", "plain", ""], records[3].Fields);
        Assert.Equal([1, 2, 3, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void Ignores_a_byte_order_mark_and_blank_lines()
    {
        var records = CsvRecords.Read("\uFEFFname,value\n\nx,1\n\n");
        Assert.Equal(["name", "value"], records[0].Fields);
        Assert.Equal((3, "x"), (records[1].Line, records[1].Fields[0]));
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Reads_a_file_saved_with_a_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"csv-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "name,value\n七都岛,1\n", new System.Text.UTF8Encoding(true));
        try { Assert.Equal("name", CsvRecords.ReadFile(path)[0].Fields[0]); }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("a,b\"c\n", "line 1: a quote inside an unquoted field")]
    [InlineData("a\n\"b\"c\n", "line 2: text after a closing quote")]
    [InlineData("a\n\"open\n", "line 2: a quoted field is never closed")]
    public void Malformed_quoting_names_the_line(string csv, string problem) =>
        Assert.StartsWith(problem, Assert.Throws<FormatException>(() => CsvRecords.Read(csv)).Message);
}
