using LuchengReport.Core.Model;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Storage;

/// <summary>The report as a document: its row, its sections and its paragraphs.</summary>
internal static class DocumentTables
{

    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, ParsedReport report, int ordinal)
    {
        var m = report.Metadata;
        var p = report.Provenance;
        var json = new JsonArrays(JsonArrays.Readable);
        BulkInsert.Rows(connection, transaction, "reports",
            ["id", "ordinal", "title", "district", "year", "session", "place", "delivered_on", "speaker", "speaker_role", "publisher",
             "index_number", "category", "disclosure", "published_on", "source_file", "source_sha256", "warnings", "text",
             "provenance_file", "provenance_source_url", "provenance_publisher", "provenance_licence", "provenance_retrieved_on", "provenance_note"],
            [report], r => [r.Id, ordinal, m.Title, m.District, m.Year, m.Session, m.Place, m.DeliveredOn, m.Speaker, m.SpeakerRole,
                m.Publisher, m.IndexNumber, m.Category, m.Disclosure, m.PublishedOn, r.SourceFile, r.SourceSha256, json.Of(r.Warnings), r.Text,
                p?.File, p?.SourceUrl, p?.Publisher, p?.Licence, p?.RetrievedOn, p?.Note]);

        BulkInsert.Rows(connection, transaction, "sections",
            ["id", "report_id", "parent_id", "level", "number", "title", "ordinal", "sequence", "depth", "start", "end", "first_paragraph", "last_paragraph"],
            report.Sections, s => [s.Id, report.Id, s.ParentId, s.Level, s.Number, s.Title, s.Ordinal, s.Sequence, s.Depth, s.Start, s.End,
                s.FirstParagraph, s.LastParagraph]);

        BulkInsert.Rows(connection, transaction, "paragraphs",
            ["id", "report_id", "section_id", "ordinal", "text", "start", "end"],
            report.Paragraphs, p => [p.Id, report.Id, p.SectionId, p.Ordinal, p.Text, p.Start, p.End]);
    }
}
