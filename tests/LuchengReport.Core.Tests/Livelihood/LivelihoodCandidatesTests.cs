using System.Text;
using LuchengReport.Core.Import;
using LuchengReport.Core.Livelihood;

namespace LuchengReport.Core.Tests.Livelihood;

/// <summary>Fixture tables are written to a temporary folder by each test: no invented candidates live in seeds/.</summary>
public sealed class LivelihoodCandidatesTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("livelihood-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Write(string csv, bool bom = false)
    {
        var path = LivelihoodCandidates.PathFor(_dir, "fixture-2021");
        File.WriteAllText(path, csv, new UTF8Encoding(bom));
        return path;
    }

    [Fact]
    public void Loads_a_table_with_a_byte_order_mark_and_quoted_fields()
    {
        var path = Write("number,title,description,category,selected\r\n" +
                         "2,\"加装电梯, 一期\",\"含\"\"老旧小区\"\"改造\r\n分两年\",住房,否\r\n" +
                         "1,新建幼儿园,,教育,是\r\n" +
                         "3,城市书房,,,\r\n", bom: true);
        var candidates = LivelihoodCandidates.Load(path);
        Assert.Equal(
        [
            new LivelihoodCandidate(1, "新建幼儿园", null, "教育", true),
            new LivelihoodCandidate(2, "加装电梯, 一期", "含\"老旧小区\"改造\r\n分两年", "住房", false),
            new LivelihoodCandidate(3, "城市书房", null, null, null),
        ], candidates);
    }

    [Fact]
    public void A_missing_table_means_no_candidates()
    {
        Assert.Null(LivelihoodCandidates.LoadIfPresent(_dir, "fixture-2021"));
        Write("number,title,description,category,selected\n1,新建幼儿园,,,\n");
        Assert.Single(LivelihoodCandidates.LoadIfPresent(_dir, "fixture-2021")!);
    }

    [Theory]
    [InlineData("x,新建幼儿园,,,\n", 2, "number \"x\" is not a whole number from 1")]
    [InlineData("1,,,,\n", 2, "title is empty")]
    [InlineData("1,新建幼儿园,,,maybe\n", 2, "selected \"maybe\" is not one of")]
    [InlineData("1,新建幼儿园,,\n", 2, "expected 5 fields, found 4")]
    [InlineData("1,\"两行\n标题\",,,\n1,重复,,,\n", 4, "number 1 is already used on line 2")]
    public void A_bad_row_fails_naming_the_file_and_its_line(string rows, int line, string problem)
    {
        var path = Write("number,title,description,category,selected\n" + rows);
        var e = Assert.Throws<ImportException>(() => LivelihoodCandidates.Load(path));
        Assert.Equal(path, e.File);
        Assert.StartsWith($"{path}: line {line}: ", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_wrong_header_fails_on_line_1()
    {
        var path = Write("no,title\n1,x\n");
        Assert.Contains("line 1: expected the header \"number,title,description,category,selected\"",
            Assert.Throws<ImportException>(() => LivelihoodCandidates.Load(path)).Message);
    }
}
