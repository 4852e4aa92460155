using System.Text;
using LuchengReport.Core.Import;
using LuchengReport.Core.Storage;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Tests.Import;

public sealed class ImporterTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("lucheng-import-").FullName;
    string Seeds => Path.Combine(_dir, "seeds");
    string Database => Path.Combine(_dir, "out", "lucheng.db");

    public ImporterTests()
    {
        Directory.CreateDirectory(Seeds);
        File.Copy(RealSeed.Path, Path.Combine(Seeds, "lucheng-2021.txt"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void The_importer_writes_the_report_its_sections_paragraphs_and_search_index()
    {
        var summary = Importer.Import(Seeds, Database);
        Assert.Equal("lucheng-2021", Assert.Single(summary.Reports).Id);
        Assert.Contains("3 parts, 22 items, 24 subsections, 62 paragraphs", summary.ToString());
        Assert.Equal(62L, Scalar("SELECT count(*) FROM paragraphs"));
        Assert.Equal(50L, Scalar("SELECT count(*) FROM sections"));
        Assert.True((long)Scalar("SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH '温州国际未来科技岛'")! >= 2);
        Assert.Equal(RealSeed.Report.SourceSha256, Scalar("SELECT source_sha256 FROM reports"));
        Assert.Equal((long)Schema.Version, Scalar("PRAGMA user_version"));
    }

    [Fact]
    public void The_same_seed_bytes_give_the_same_database_bytes()
    {
        Importer.Import(Seeds, Database);
        var first = File.ReadAllBytes(Database);
        Importer.Import(Seeds, Database);
        Assert.Equal(first, File.ReadAllBytes(Database));
    }

    [Fact]
    public void A_failed_import_leaves_the_previous_database_untouched_and_no_temporary_file()
    {
        Importer.Import(Seeds, Database);
        var before = File.ReadAllBytes(Database);
        File.WriteAllBytes(Path.Combine(Seeds, "broken.txt"), Encoding.UTF8.GetBytes("a page of notes, not a report"));

        var error = Assert.Throws<ImportException>(() => Importer.Import(Seeds, Database));
        Assert.Contains("broken.txt", error.Message);
        Assert.Equal(before, File.ReadAllBytes(Database));
        Assert.Equal(["lucheng.db"], Directory.GetFiles(Path.GetDirectoryName(Database)!).Select(Path.GetFileName));
    }

    /// <summary>
    /// The tables beside a seed are read by the extractors, whose errors reach the writer after it has already
    /// written the documents and the search index into its temporary file: that file must go too.
    /// </summary>
    [Theory]
    [InlineData("livelihood candidates", "number,title\r\nx,bad\r\n", "expected the header")]
    [InlineData("curated projects", "name,action,value,comment\r\n不存在的项目,exclude,,\r\n", "does not occur in the report text")]
    public void A_bad_table_beside_the_seed_fails_the_import_and_leaves_the_previous_database_alone(string table, string csv, string says)
    {
        var curated = Path.Combine(_dir, "curated");
        Directory.CreateDirectory(curated);
        Importer.Import(Seeds, Database, curated);
        var before = File.ReadAllBytes(Database);
        var path = table == "curated projects"
            ? Path.Combine(curated, "lucheng-2021.projects.curated.csv")
            : LuchengReport.Core.Livelihood.LivelihoodCandidates.PathFor(Seeds, "lucheng-2021");
        File.WriteAllText(path, csv);

        var error = Assert.Throws<ImportException>(() => Importer.Import(Seeds, Database, curated));
        Assert.Contains(Path.GetFileName(path), error.Message);
        Assert.Contains(says, error.Message);
        Assert.Equal(before, File.ReadAllBytes(Database));
        Assert.Equal(["lucheng.db"], Directory.GetFiles(Path.GetDirectoryName(Database)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Two_seed_files_are_two_reports_with_their_own_ids()
    {
        File.WriteAllBytes(Path.Combine(Seeds, "lucheng-2021-gb.txt"), RealSeed.Gb18030(RealSeed.Text));
        var summary = Importer.Import(Seeds, Database);
        Assert.Equal(["lucheng-2021", "lucheng-2021-gb"], summary.Reports.Select(r => r.Id));
        Assert.Equal(2L, Scalar("SELECT count(DISTINCT report_id) FROM paragraphs WHERE id LIKE '%-p1'"));
        // Each report's findings are stored as its extractors finish: both reports get all of theirs, the same here.
        foreach (var table in new[] { "indicators", "projects", "livelihood" })
        {
            var counts = summary.Reports.Select(r => (long)Scalar($"SELECT count(*) FROM {table} WHERE report_id = '{r.Id}'")!).ToList();
            Assert.True(counts[0] > 0, table);
            Assert.Equal(counts[0], counts[1]);
        }
    }

    [Fact]
    public void The_search_index_matches_the_paragraph_texts_exactly()
    {
        Importer.Import(Seeds, Database);
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        // FTS5's integrity check re-tokenises every paragraph (rank = 1: from the content table) and compares it with
        // the index, failing with SQLITE_CORRUPT_VTAB on any difference.
        void Check() => Execute(connection, "INSERT INTO paragraph_search (paragraph_search, rank) VALUES ('integrity-check', 1)");
        Check();
        Execute(connection, "UPDATE paragraphs SET text = text || '七都岛' WHERE rowid = 1"); // the check notices a stale index
        Assert.Throws<SqliteException>(Check);
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void A_missing_seeds_folder_is_a_clear_error() =>
        Assert.Equal($"{_dir}/nope: the seeds folder does not exist",
            Assert.Throws<ImportException>(() => Importer.Import(Path.Combine(_dir, "nope"), Database)).Message);

    [Fact]
    public void A_report_named_in_chinese_is_imported_under_the_id_its_name_gives()
    {
        File.Move(Path.Combine(Seeds, "lucheng-2021.txt"), Path.Combine(Seeds, "2021年青田县政府工作报告.txt"));
        Assert.Equal("2021-qingtianxian", Assert.Single(Importer.Import(Seeds, Database).Reports).Id);
        Assert.Equal("2021-qingtianxian-p1", Scalar("SELECT id FROM paragraphs ORDER BY rowid LIMIT 1"));
    }

    [Fact]
    public void The_sidecar_is_stored_with_its_report()
    {
        File.WriteAllText(Path.Combine(Seeds, "lucheng-2021.source.json"),
            """{"sourceUrl": "https://www.lucheng.example/2021.html", "publisher": "某区政府办公室", "licence": "注明来源后转载", "retrievedOn": "2021-03-01", "note": "网页正文"}""");
        Importer.Import(Seeds, Database);
        Assert.Equal("lucheng-2021.source.json|https://www.lucheng.example/2021.html|某区政府办公室|注明来源后转载|2021-03-01|网页正文", Scalar(ProvenanceRow));
    }

    [Fact]
    public void Without_a_sidecar_every_provenance_column_is_null()
    {
        Importer.Import(Seeds, Database);
        Assert.Equal("|||||", Scalar(ProvenanceRow));
    }

    const string ProvenanceRow = """
        SELECT concat_ws('|', coalesce(provenance_file, ''), coalesce(provenance_source_url, ''), coalesce(provenance_publisher, ''),
            coalesce(provenance_licence, ''), coalesce(provenance_retrieved_on, ''), coalesce(provenance_note, '')) FROM reports
        """;

    [Fact]
    public void A_bad_sidecar_fails_the_import_and_leaves_the_previous_database_untouched()
    {
        Importer.Import(Seeds, Database);
        var before = File.ReadAllBytes(Database);
        File.WriteAllText(Path.Combine(Seeds, "lucheng-2021.source.json"), """{"retrievedOn": "2021年3月1日"}""");

        var error = Assert.Throws<ImportException>(() => Importer.Import(Seeds, Database));
        Assert.Contains("lucheng-2021.source.json: retrievedOn must be a date", error.Message);
        Assert.Equal(before, File.ReadAllBytes(Database));
        Assert.Equal(["lucheng.db"], Directory.GetFiles(Path.GetDirectoryName(Database)!).Select(Path.GetFileName));
    }

    [Fact]
    public void The_database_records_the_seeds_fingerprint_and_knows_when_it_is_stale()
    {
        Importer.Import(Seeds, Database);
        var status = DatabaseStatus.Read(Database)!;
        Assert.True(status.IsCurrentFor(SeedSet.FingerprintOf(Seeds)));
        File.AppendAllText(Path.Combine(Seeds, "lucheng-2021.txt"), "\n");
        Assert.False(status.IsCurrentFor(SeedSet.FingerprintOf(Seeds)));
    }

    object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
