using System.Text.Json;
using Dapper;
using LuchengReport.Core.Import;
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
        BulkInsert.Rows(connection, transaction, "reports",
            ["id", "ordinal", "title", "district", "year", "session", "place", "delivered_on", "speaker", "speaker_role", "publisher",
             "index_number", "category", "disclosure", "published_on", "source_file", "source_sha256", "text"],
            [report], r => [r.Id, ordinal, m.Title, m.District, m.Year, m.Session, m.Place, m.DeliveredOn, m.Speaker, m.SpeakerRole,
                m.Publisher, m.IndexNumber, m.Category, m.Disclosure, m.PublishedOn, r.SourceFile, r.SourceSha256, r.Text]);

        BulkInsert.Rows(connection, transaction, "sections",
            ["id", "report_id", "parent_id", "level", "number", "title", "ordinal", "sequence", "depth", "start", "end", "first_paragraph", "last_paragraph"],
            report.Sections, s => [s.Id, report.Id, s.ParentId, s.Level, s.Number, s.Title, s.Ordinal, s.Sequence, s.Depth, s.Start, s.End,
                s.FirstParagraph, s.LastParagraph]);

        BulkInsert.Rows(connection, transaction, "paragraphs",
            ["id", "report_id", "section_id", "ordinal", "text", "start", "end"],
            report.Paragraphs, p => [p.Id, report.Id, p.SectionId, p.Ordinal, p.Text, p.Start, p.End]);

        var paragraphOrdinal = report.Paragraphs.ToDictionary(p => p.Id, p => p.Ordinal);
        BulkInsert.Rows(connection, transaction, "indicators",
            ["id", "report_id", "paragraph_id", "section_id", "paragraph_ordinal", "subject", "subject_key", "value", "value_text", "unit",
             "normalized_value", "normalized_unit", "measure", "kind", "period", "comparator", "qualifier", "direction",
             "source_text", "source_start", "source_end", "related_ids", "tier"],
            imported.Indicators, i => [i.Id, i.ReportId, i.ParagraphId, i.SectionId, paragraphOrdinal[i.ParagraphId], i.Subject, i.SubjectKey,
                (double)i.Value, i.ValueText, i.Unit, (double?)i.NormalizedValue, i.NormalizedUnit, i.Measure, i.Kind, i.Period, i.Comparator,
                i.Qualifier, i.Direction, i.SourceText, i.SourceStart, i.SourceEnd, JsonSerializer.Serialize(i.RelatedIds), i.Tier]);

        BulkInsert.Rows(connection, transaction, "projects", ["id", "report_id", "name", "aliases", "category"],
            imported.Projects, p => [p.Id, p.ReportId, p.Name, JsonSerializer.Serialize(p.Aliases, Json), p.Category]);
        BulkInsert.Rows(connection, transaction, "project_mentions",
            ["project_id", "ordinal", "paragraph_id", "section_id", "paragraph_ordinal", "surface", "quote", "quote_start", "quote_end", "status", "period"],
            imported.Projects.SelectMany(p => p.Mentions.Select((m, k) => (Project: p, Mention: m, Ordinal: k + 1))),
            x => [x.Project.Id, x.Ordinal, x.Mention.ParagraphId, x.Mention.SectionId, paragraphOrdinal[x.Mention.ParagraphId], x.Mention.Surface,
                x.Mention.Quote, x.Mention.QuoteStart, x.Mention.QuoteEnd, x.Mention.Status, x.Mention.Period]);

        if (imported.Livelihood is { } l)
        {
            BulkInsert.Rows(connection, transaction, "livelihood",
                ["report_id", "candidate_count", "selected_count", "selection_method", "selection_clause", "principle", "candidates_listed", "note",
                 "source_paragraph_id", "source_section_id", "source_text", "source_start", "source_end", "targets_section_id"],
                [l], r => [r.ReportId, r.CandidateCount, r.SelectedCount, r.SelectionMethod, r.SelectionClause, r.Principle, r.CandidatesListed, r.Note,
                    r.SourceParagraphId, r.SourceSectionId, r.SourceText, r.SourceStart, r.SourceEnd, r.TargetsSectionId]);
            BulkInsert.Rows(connection, transaction, "livelihood_statements",
                ["report_id", "ordinal", "paragraph_id", "section_id", "period", "text", "start", "end"],
                l.RelatedStatements.Select((st, k) => (Statement: st, Ordinal: k + 1)),
                x => [l.ReportId, x.Ordinal, x.Statement.ParagraphId, x.Statement.SectionId, x.Statement.Period, x.Statement.Text, x.Statement.Start, x.Statement.End]);
            BulkInsert.Rows(connection, transaction, "livelihood_candidates", ["report_id", "number", "title", "description", "category", "selected"],
                l.Candidates, c => [l.ReportId, c.Number, c.Title, c.Description, c.Category, c.Selected]);
        }
    }

    /// <summary>Aliases are Chinese: stored as UTF-8, not \uXXXX escapes, so the file reads well in sqlite3 and Datasette.</summary>
    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
