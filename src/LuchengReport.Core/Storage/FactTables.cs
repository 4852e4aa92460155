using LuchengReport.Core.Indicators;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Projects;
using Microsoft.Data.Sqlite;

namespace LuchengReport.Core.Storage;

/// <summary>
/// What the extractors found: indicators, projects and their mentions, the 民生实事 record. One method per extractor,
/// so the importer can store one extractor's findings while the others still run.
/// </summary>
internal static class FactTables
{
    /// <summary>Paragraph id → ordinal, which both the indicator and the mention rows carry: made once per report.</summary>
    public static Dictionary<string, int> ParagraphOrdinals(ParsedReport report) => report.Paragraphs.ToDictionary(p => p.Id, p => p.Ordinal);

    public static void InsertIndicators(SqliteConnection connection, SqliteTransaction transaction, ParsedReport report,
        IReadOnlyDictionary<string, int> paragraphOrdinal, IReadOnlyList<Indicator> indicators)
    {
        var json = new JsonArrays();
        BulkInsert.Rows(connection, transaction, "indicators",
            ["id", "report_id", "paragraph_id", "section_id", "paragraph_ordinal", "subject", "subject_key", "value", "value_high", "value_text",
             "unit", "normalized_value", "normalized_unit", "measure", "kind", "period", "comparator", "qualifier", "direction",
             "source_text", "source_start", "source_end", "related_ids", "tier"],
            indicators, i => [i.Id, i.ReportId, i.ParagraphId, i.SectionId, paragraphOrdinal[i.ParagraphId], i.Subject, i.SubjectKey,
                (double)i.Value, (double?)i.ValueHigh, i.ValueText, i.Unit, (double?)i.NormalizedValue, i.NormalizedUnit, i.Measure, i.Kind, i.Period,
                i.Comparator, i.Qualifier, i.Direction, i.SourceText, i.SourceStart, i.SourceEnd, json.Of(i.RelatedIds), i.Tier]);

        // Indicators come in document order: so do the main targets, numbered from 1.
        BulkInsert.Rows(connection, transaction, "main_targets",
            ["indicator_id", "report_id", "ordinal", "sentence", "sentence_start", "sentence_end"],
            indicators.Where(i => i.MainTarget is not null).Select((i, k) => (Indicator: i, Ordinal: k + 1)),
            x => [x.Indicator.Id, x.Indicator.ReportId, x.Ordinal, x.Indicator.MainTarget!.Text, x.Indicator.MainTarget.Start, x.Indicator.MainTarget.End]);

        // Indicators come in document order, so the first of each group carries the subject's first spelling.
        BulkInsert.Rows(connection, transaction, "subjects", ["report_id", "subject_key", "subject", "count", "periods", "first_paragraph"],
            indicators.GroupBy(i => i.SubjectKey),
            g => [report.Id, g.Key, g.First().Subject, g.Count(), json.Of(PeriodOrder.Ordered(g.Select(i => i.Period))),
                paragraphOrdinal[g.First().ParagraphId]]);
    }

    public static void InsertProjects(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyDictionary<string, int> paragraphOrdinal, IReadOnlyList<Project> projects)
    {
        var json = new JsonArrays(JsonArrays.Readable);
        BulkInsert.Rows(connection, transaction, "projects", ["id", "report_id", "name", "aliases", "category"],
            projects, p => [p.Id, p.ReportId, p.Name, json.Of(p.Aliases), p.Category]);
        BulkInsert.Rows(connection, transaction, "project_mentions",
            ["project_id", "ordinal", "paragraph_id", "section_id", "paragraph_ordinal", "surface", "quote", "quote_start", "quote_end", "status", "period"],
            projects.SelectMany(p => p.Mentions.Select((m, k) => (Project: p, Mention: m, Ordinal: k + 1))),
            x => [x.Project.Id, x.Ordinal, x.Mention.ParagraphId, x.Mention.SectionId, paragraphOrdinal[x.Mention.ParagraphId], x.Mention.Surface,
                x.Mention.Quote, x.Mention.QuoteStart, x.Mention.QuoteEnd, x.Mention.Status, x.Mention.Period]);
    }

    public static void InsertLivelihood(SqliteConnection connection, SqliteTransaction transaction, LivelihoodRecord? livelihood)
    {
        if (livelihood is not { } l) return;
        BulkInsert.Rows(connection, transaction, "livelihood",
            ["report_id", "candidate_count", "selected_count", "selection_method", "selection_clause", "principle", "candidates_listed", "note",
             "source_paragraph_id", "source_section_id", "source_text", "source_start", "source_end", "targets_section_id"],
            [l], r => [r.ReportId, r.CandidateCount, r.SelectedCount, r.SelectionMethod, r.SelectionClause, r.Principle, r.CandidatesListed, r.Note,
                r.SourceParagraphId, r.SourceSectionId, r.SourceText, r.SourceStart, r.SourceEnd, r.TargetsSectionId]);
        var statements = l.Statements.Select((st, k) => (Statement: st, Ordinal: k + 1)).ToList();
        BulkInsert.Rows(connection, transaction, "livelihood_statements",
            ["report_id", "ordinal", "paragraph_id", "section_id", "period", "text", "start", "end", "name", "status", "count_text", "count", "unit",
             "category_count", "candidates", "list_complete"],
            statements, x => [l.ReportId, x.Ordinal, x.Statement.ParagraphId, x.Statement.SectionId, x.Statement.Period, x.Statement.Text,
                x.Statement.Start, x.Statement.End, x.Statement.Name, x.Statement.Status, x.Statement.CountText, x.Statement.Count, x.Statement.Unit,
                x.Statement.CategoryCount, x.Statement.Candidates, x.Statement.ListComplete]);
        var json = new JsonArrays();
        BulkInsert.Rows(connection, transaction, "livelihood_items",
            ["report_id", "statement_ordinal", "number", "marker", "title", "text", "paragraph_id", "section_id", "start", "end",
             "target_text", "target_paragraph_id", "target_section_id", "target_start", "target_end", "more_paragraph_ids"],
            statements.SelectMany(x => x.Statement.Items.Select(item => (x.Ordinal, Item: item))),
            x => [l.ReportId, x.Ordinal, x.Item.Number, x.Item.Marker, x.Item.Title, x.Item.Text, x.Item.ParagraphId, x.Item.SectionId,
                x.Item.Start, x.Item.End, x.Item.AnnualTarget?.Text, x.Item.AnnualTarget?.ParagraphId, x.Item.AnnualTarget?.SectionId,
                x.Item.AnnualTarget?.Start, x.Item.AnnualTarget?.End, json.Of(x.Item.MoreParagraphIds)]);
        BulkInsert.Rows(connection, transaction, "livelihood_candidates", ["report_id", "number", "title", "description", "category", "selected"],
            l.Candidates, c => [l.ReportId, c.Number, c.Title, c.Description, c.Category, c.Selected]);
    }
}
