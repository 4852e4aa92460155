using Dapper;
using LuchengReport.Api.Data;

namespace LuchengReport.Api.Features.Reports;

public static class ReportsQueries
{
    /// <summary>
    /// The government a report speaks for: its place, else the State Council when it was delivered to the 全国人民代表大会
    /// (or by an office of the 国务院); null when neither is read. Reports of one government line up across years.
    /// </summary>
    public const string Government = """
        COALESCE(r.place, CASE WHEN instr(r.session, '全国人民代表大会') > 0 OR instr(r.speaker_role, '国务院') = 1 THEN '国务院' END)
        """;

    // The catalogue in order of delivery (a report whose date is not read last, then the seed order); each filter is
    // optional: a null parameter switches its condition off.
    const string SelectReports = $"""
        SELECT r.id, {Government} AS government, r.title, r.district, r.year, r.session, r.place, r.delivered_on, r.speaker, r.speaker_role,
               r.publisher, r.index_number, r.category, r.disclosure, r.published_on, r.source_sha256, r.warnings,
               r.provenance_file, r.provenance_source_url, r.provenance_publisher, r.provenance_licence,
               r.provenance_retrieved_on, r.provenance_note,
               (SELECT count(*) FROM sections s WHERE s.report_id = r.id AND s.level = 'part') AS parts,
               (SELECT count(*) FROM sections s WHERE s.report_id = r.id AND s.level = 'item') AS items,
               (SELECT count(*) FROM sections s WHERE s.report_id = r.id AND s.level = 'subsection') AS subsections,
               (SELECT count(*) FROM sections s WHERE s.report_id = r.id AND s.level = 'appendix') AS appendices,
               (SELECT count(*) FROM paragraphs p WHERE p.report_id = r.id) AS paragraphs,
               (SELECT count(*) FROM indicators i WHERE i.report_id = r.id) AS indicators,
               (SELECT count(*) FROM main_targets m WHERE m.report_id = r.id) AS targets
        FROM reports r
        WHERE (@id IS NULL OR r.id = @id)
          AND (@year IS NULL OR r.year = @year)
          AND (@place IS NULL OR {Government} = @place OR r.place = @place)
          AND (@q IS NULL OR instr(r.title, @q) > 0 OR instr(r.place, @q) > 0 OR instr(r.speaker, @q) > 0)
        ORDER BY r.delivered_on IS NULL, r.delivered_on, r.ordinal
        """;

    public static Task<IReadOnlyList<ReportDto>> ListAsync(Db db, string? id, CancellationToken ct) => ListAsync(db, id, null, ct);

    public static async Task<IReadOnlyList<ReportDto>> ListAsync(Db db, string? id, ReportListQuery? filter, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var parameters = new { id, year = filter?.YearNumber, place = filter?.Place, q = filter?.Q };
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(SelectReports, parameters, cancellationToken: ct));
        return rows.Select(r => r.ToDto()).ToList();
    }

    const string SelectContents = """
        SELECT id, parent_id AS ParentId, level, number, title, first_paragraph AS FirstParagraph, last_paragraph AS LastParagraph
        FROM sections WHERE report_id = @reportId ORDER BY sequence
        """;

    public static async Task<ReportContents?> ContentsAsync(Db db, ReportDto report, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        var rows = (await connection.QueryAsync<ContentsRow>(new CommandDefinition(SelectContents, new { reportId = report.Id }, cancellationToken: ct))).ToList();
        var children = rows.ToLookup(r => r.ParentId);
        ContentsNode Build(ContentsRow r) => new(r.Id, r.Level, r.Number, r.Title,
            r.FirstParagraph is null ? 0 : (int)(r.LastParagraph!.Value - r.FirstParagraph.Value + 1),
            children[r.Id].Select(Build).ToList());
        return new ReportContents(report.Id, report.Title, children[null].Select(Build).ToList());
    }

    public static async Task<string?> TextAsync(Db db, string id, CancellationToken ct)
    {
        using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition("SELECT text FROM reports WHERE id = @id", new { id }, cancellationToken: ct));
    }

    sealed record ContentsRow(string Id, string? ParentId, string Level, string? Number, string Title, long? FirstParagraph, long? LastParagraph);

    sealed class ReportRow
    {
        public string id { get; init; } = "";
        public string? government { get; init; }
        public string? title { get; init; }
        public string? district { get; init; }
        public long? year { get; init; }
        public string? session { get; init; }
        public string? place { get; init; }
        public string? delivered_on { get; init; }
        public string? speaker { get; init; }
        public string? speaker_role { get; init; }
        public string? publisher { get; init; }
        public string? index_number { get; init; }
        public string? category { get; init; }
        public string? disclosure { get; init; }
        public string? published_on { get; init; }
        public string source_sha256 { get; init; } = "";
        public string warnings { get; init; } = "[]";
        public string? provenance_file { get; init; }
        public string? provenance_source_url { get; init; }
        public string? provenance_publisher { get; init; }
        public string? provenance_licence { get; init; }
        public string? provenance_retrieved_on { get; init; }
        public string? provenance_note { get; init; }
        public long parts { get; init; }
        public long items { get; init; }
        public long subsections { get; init; }
        public long appendices { get; init; }
        public long paragraphs { get; init; }
        public long indicators { get; init; }
        public long targets { get; init; }

        public ReportDto ToDto() => new()
        {
            Id = id, Government = government, Title = title, District = district, Year = (int?)year, Session = session, Place = place,
            DeliveredOn = delivered_on, Speaker = speaker, SpeakerRole = speaker_role, Publisher = publisher,
            IndexNumber = index_number, Category = category, Disclosure = disclosure, PublishedOn = published_on,
            SourceSha256 = source_sha256,
            Provenance = provenance_file is null ? null
                : new ReportProvenance(provenance_source_url, provenance_publisher, provenance_licence, provenance_retrieved_on, provenance_note),
            Warnings = System.Text.Json.JsonSerializer.Deserialize<string[]>(warnings) ?? [], Counts = new ReportCounts((int)parts, (int)items, (int)subsections, (int)appendices, (int)paragraphs, (int)indicators, (int)targets),
        };
    }
}
