using Dapper;
using LuchengReport.Core.Model;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Storage;

/// <summary>
/// Writes parsed reports to a new SQLite file beside the target, then renames it over the target: a failed import
/// never leaves a partial database, and readers of the old file see either all of the old or all of the new.
/// Nothing time-dependent is written, so the same seeds give the same rows and ids.
/// </summary>
public static class DatabaseWriter
{
    public static void Write(string databasePath, IReadOnlyList<ParsedReport> reports, string seedsFingerprint)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
            {
                connection.Open();
                connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
                using var transaction = connection.BeginTransaction();
                connection.Execute(Schema.Ddl, transaction: transaction);
                for (int i = 0; i < reports.Count; i++) Insert(connection, transaction, reports[i], i + 1);
                connection.Execute("INSERT INTO paragraph_search (paragraph_search) VALUES ('rebuild')", transaction: transaction);
                connection.Execute("INSERT INTO meta (key, value) VALUES ('schema_version', @v), ('seeds_fingerprint', @f)",
                    new { v = Schema.Version.ToString(), f = seedsFingerprint }, transaction);
                transaction.Commit();
                connection.Execute($"PRAGMA user_version = {Schema.Version}");
            }
            File.Move(temporary, databasePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    static void Insert(SqliteConnection connection, SqliteTransaction transaction, ParsedReport report, int ordinal)
    {
        var m = report.Metadata;
        connection.Execute("""
            INSERT INTO reports (id, ordinal, title, district, year, session, place, delivered_on, speaker, speaker_role,
                                 publisher, index_number, category, disclosure, published_on, source_file, source_sha256, text)
            VALUES (@Id, @ordinal, @Title, @District, @Year, @Session, @Place, @DeliveredOn, @Speaker, @SpeakerRole,
                    @Publisher, @IndexNumber, @Category, @Disclosure, @PublishedOn, @SourceFile, @SourceSha256, @Text)
            """,
            new
            {
                report.Id, ordinal, m.Title, m.District, m.Year, m.Session, m.Place, m.DeliveredOn, m.Speaker, m.SpeakerRole,
                m.Publisher, m.IndexNumber, m.Category, m.Disclosure, m.PublishedOn, report.SourceFile, report.SourceSha256, report.Text,
            }, transaction);

        connection.Execute("""
            INSERT INTO sections (id, report_id, parent_id, level, number, title, ordinal, sequence, depth, start, "end", first_paragraph, last_paragraph)
            VALUES (@Id, @reportId, @ParentId, @Level, @Number, @Title, @Ordinal, @Sequence, @Depth, @Start, @End, @FirstParagraph, @LastParagraph)
            """,
            report.Sections.Select(s => new
            {
                s.Id, reportId = report.Id, s.ParentId, s.Level, s.Number, s.Title, s.Ordinal, s.Sequence, s.Depth,
                s.Start, s.End, s.FirstParagraph, s.LastParagraph,
            }), transaction);

        connection.Execute("""
            INSERT INTO paragraphs (id, report_id, section_id, ordinal, text, start, "end")
            VALUES (@Id, @reportId, @SectionId, @Ordinal, @Text, @Start, @End)
            """,
            report.Paragraphs.Select(p => new { p.Id, reportId = report.Id, p.SectionId, p.Ordinal, p.Text, p.Start, p.End }),
            transaction);
    }
}
