using LuchengReport.Core.Import;

namespace LuchengReport.Core.Tests.Import;

/// <summary>What the importer takes from a seeds folder: ids from file names, and the sidecars that go with each report.</summary>
public sealed class SeedSetTests : IDisposable
{
    readonly string _seeds = Directory.CreateTempSubdirectory("lucheng-seedset-").FullName;

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    // The set only reads files: any Chinese text will do as a report here.
    void Report(string name) => File.WriteAllText(Path.Combine(_seeds, name), "各位代表：\n一、过去一年的工作\n青田县地区生产总值增长6.5%。\n");

    void Write(string name, string text) => File.WriteAllText(Path.Combine(_seeds, name), text);

    ImportException Refusal() => Assert.Throws<ImportException>(() => SeedSet.Load(_seeds));

    [Fact]
    public void Reports_named_in_chinese_get_their_ids_by_the_rule_whatever_else_is_in_the_folder()
    {
        Report("2024年青田县政府工作报告.txt");
        Assert.Equal(["2024-qingtianxian"], SeedSet.Load(_seeds).Reports.Select(r => r.ReportId));
        Report("lucheng-2021.txt");
        Report("政府工作报告（2023）.txt");
        Assert.Equal(["2024-qingtianxian", "lucheng-2021", "2023"], SeedSet.Load(_seeds).Reports.Select(r => r.ReportId));
    }

    [Fact]
    public void Two_files_that_give_the_same_id_are_refused_naming_both()
    {
        Report("lucheng-2021.txt");
        Report("Lucheng 2021.txt");
        var error = Refusal();
        Assert.Equal(Path.Combine(_seeds, "lucheng-2021.txt"), error.File);
        Assert.Equal("gives the report id lucheng-2021, as Lucheng 2021.txt does: rename one of the two files (seeds/README.md says how ids are formed)", error.Problem);
    }

    [Fact]
    public void A_file_name_that_gives_no_id_is_refused()
    {
        Report("（）.txt");
        Assert.StartsWith("the file name gives no report id", Refusal().Problem);
    }

    [Fact]
    public void The_sidecars_are_found_by_the_report_files_stem()
    {
        Report("2024年青田县政府工作报告.txt");
        Write("2024年青田县政府工作报告.source.json", """{"publisher": "青田县人民政府办公室"}""");
        Write("2024年青田县政府工作报告.livelihood.csv", "number,title\r\n1,青田县城乡供水一体化\r\n");
        var seed = Assert.Single(SeedSet.Load(_seeds).Reports);
        Assert.Equal("青田县人民政府办公室", seed.Provenance!.Publisher);
        Assert.Equal("2024年青田县政府工作报告.source.json", seed.Provenance.File);
        Assert.EndsWith("2024年青田县政府工作报告.livelihood.csv", seed.LivelihoodCsv);
    }

    [Fact]
    public void Without_a_sidecar_a_report_has_no_provenance()
    {
        Report("qingtian-2024.txt");
        Assert.Null(Assert.Single(SeedSet.Load(_seeds).Reports).Provenance);
    }

    [Fact]
    public void A_sidecar_is_part_of_the_fingerprint()
    {
        Report("qingtian-2024.txt");
        var without = SeedSet.FingerprintOf(_seeds);
        Write("qingtian-2024.source.json", """{"publisher": "青田县人民政府办公室"}""");
        var with = SeedSet.FingerprintOf(_seeds);
        Write("qingtian-2024.source.json", """{"publisher": "青田县人民政府"}""");
        Assert.Equal(3, new[] { without, with, SeedSet.FingerprintOf(_seeds) }.Distinct().Count());
    }

    [Fact]
    public void A_bad_sidecar_is_refused_naming_it()
    {
        Report("qingtian-2024.txt");
        Write("qingtian-2024.source.json", """{"url": "https://www.qingtian.example/"}""");
        var error = Refusal();
        Assert.Equal(Path.Combine(_seeds, "qingtian-2024.source.json"), error.File);
        Assert.StartsWith("unknown field \"url\"", error.Problem);
    }

    [Fact]
    public void A_sidecar_past_16_kb_is_refused()
    {
        Report("qingtian-2024.txt");
        Write("qingtian-2024.source.json", $$"""{"note": "{{new string('x', 16 * 1024)}}"}""");
        Assert.Equal("the file is larger than 16 KB; a provenance sidecar is a few short fields", Refusal().Problem);
    }

    [Fact]
    public void A_sidecar_without_its_report_is_refused_as_a_misspelt_name()
    {
        Report("qingtian-2024.txt");
        Write("qingtian2024.source.json", "{}");
        var error = Refusal();
        Assert.EndsWith("qingtian2024.source.json", error.File);
        Assert.StartsWith("no report qingtian2024.txt beside it", error.Problem);
    }
}
