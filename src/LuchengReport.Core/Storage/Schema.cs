namespace LuchengReport.Core.Storage;

/// <summary>
/// The database layout. Bump <see cref="Version"/> whenever the DDL or what the importer writes changes: the API
/// rebuilds a database whose version is older.
/// </summary>
public static class Schema
{
    public const int Version = 1;

    public const string Ddl = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE reports (
            id            TEXT PRIMARY KEY,
            ordinal       INTEGER NOT NULL,
            title         TEXT,
            district      TEXT,
            year          INTEGER,
            session       TEXT,
            place         TEXT,
            delivered_on  TEXT,
            speaker       TEXT,
            speaker_role  TEXT,
            publisher     TEXT,
            index_number  TEXT,
            category      TEXT,
            disclosure    TEXT,
            published_on  TEXT,
            source_file   TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            text          TEXT NOT NULL
        );

        -- A section's subtree holds paragraphs first_paragraph..last_paragraph (ordinals): that is how "a section,
        -- descendants included" is one range query.
        CREATE TABLE sections (
            id              TEXT PRIMARY KEY,
            report_id       TEXT NOT NULL REFERENCES reports(id),
            parent_id       TEXT REFERENCES sections(id),
            level           TEXT NOT NULL CHECK (level IN ('preamble', 'part', 'item', 'subsection')),
            number          TEXT,
            title           TEXT NOT NULL,
            ordinal         INTEGER NOT NULL,
            sequence        INTEGER NOT NULL,
            depth           INTEGER NOT NULL,
            start           INTEGER NOT NULL,
            "end"           INTEGER NOT NULL,
            first_paragraph INTEGER,
            last_paragraph  INTEGER
        );
        CREATE INDEX sections_by_report ON sections (report_id, sequence);
        CREATE INDEX sections_by_parent ON sections (parent_id, ordinal);

        CREATE TABLE paragraphs (
            rowid      INTEGER PRIMARY KEY,
            id         TEXT NOT NULL UNIQUE,
            report_id  TEXT NOT NULL REFERENCES reports(id),
            section_id TEXT NOT NULL REFERENCES sections(id),
            ordinal    INTEGER NOT NULL,
            text       TEXT NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL
        );
        CREATE INDEX paragraphs_by_report ON paragraphs (report_id, ordinal);
        CREATE INDEX paragraphs_by_section ON paragraphs (section_id, ordinal);

        -- Trigram full-text index over paragraph text: Chinese has no spaces, trigrams match any 3+ character run.
        CREATE VIRTUAL TABLE paragraph_search USING fts5 (
            text, content = 'paragraphs', content_rowid = 'rowid', tokenize = 'trigram'
        );
        """;
}
