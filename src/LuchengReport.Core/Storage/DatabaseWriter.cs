using System.Text.Json;
using Dapper;
using LuchengReport.Core.Import;
using LuchengReport.Core.Indicators;
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
    public static void Write(string databasePath, IReadOnlyList<ImportedReport> reports, string seedsFingerprint)
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

    static void Insert(SqliteConnection connection, SqliteTransaction transaction, ImportedReport imported, int ordinal)
    {
        var report = imported.Report;
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

        InsertIndicators(connection, transaction, report, imported.Indicators);
    }

    static void InsertIndicators(SqliteConnection connection, SqliteTransaction transaction, ParsedReport report, IReadOnlyList<Indicator> indicators)
    {
        var paragraphOrdinal = report.Paragraphs.ToDictionary(p => p.Id, p => p.Ordinal);
        connection.Execute("""
            INSERT INTO indicators (id, report_id, paragraph_id, section_id, paragraph_ordinal, subject, subject_key, value, value_text, unit,
                                    normalized_value, normalized_unit, measure, kind, period, comparator, qualifier, direction,
                                    source_text, source_start, source_end, related_ids, tier)
            VALUES (@Id, @ReportId, @ParagraphId, @SectionId, @paragraphOrdinal, @Subject, @SubjectKey, @Value, @ValueText, @Unit,
                    @NormalizedValue, @NormalizedUnit, @Measure, @Kind, @Period, @Comparator, @Qualifier, @Direction,
                    @SourceText, @SourceStart, @SourceEnd, @relatedIds, @Tier)
            """,
            indicators.Select(i => new
            {
                i.Id, i.ReportId, i.ParagraphId, i.SectionId, paragraphOrdinal = paragraphOrdinal[i.ParagraphId], i.Subject, i.SubjectKey,
                Value = (double)i.Value, i.ValueText, i.Unit, NormalizedValue = (double?)i.NormalizedValue, i.NormalizedUnit,
                i.Measure, i.Kind, i.Period, i.Comparator, i.Qualifier, i.Direction, i.SourceText, i.SourceStart, i.SourceEnd,
                relatedIds = JsonSerializer.Serialize(i.RelatedIds), i.Tier,
            }), transaction);
    }
}
