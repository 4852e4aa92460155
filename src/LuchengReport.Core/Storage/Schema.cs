namespace LuchengReport.Core.Storage;

/// <summary>
/// The database layout. Bump <see cref="Version"/> whenever the DDL or what the importer writes changes: the API
/// rebuilds a database whose version is older.
/// </summary>
public static class Schema
{
    public const int Version = 7;

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
            warnings      TEXT NOT NULL, -- JSON array: what the parser could not read the usual way
            text          TEXT NOT NULL,
            -- What the sidecar <stem>.source.json says about where the text came from; provenance_file is null
            -- without one (then every provenance column is), each other column null where the sidecar is silent.
            provenance_file         TEXT,
            provenance_source_url   TEXT,
            provenance_publisher    TEXT,
            provenance_licence      TEXT,
            provenance_retrieved_on TEXT,
            provenance_note         TEXT
        );

        -- A section's subtree holds paragraphs first_paragraph..last_paragraph (ordinals): that is how "a section,
        -- descendants included" is one range query.
        CREATE TABLE sections (
            id              TEXT PRIMARY KEY,
            report_id       TEXT NOT NULL REFERENCES reports(id),
            parent_id       TEXT REFERENCES sections(id),
            level           TEXT NOT NULL CHECK (level IN ('preamble', 'part', 'item', 'subsection', 'appendix')),
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

        -- Numeric facts. paragraph_ordinal places each in document order and inside section ranges; value and
        -- normalized_value are REAL (shortest round-trip: 1172.32 is served as written), value_text keeps the digits.
        CREATE TABLE indicators (
            rowid              INTEGER PRIMARY KEY,
            id                 TEXT NOT NULL UNIQUE,
            report_id          TEXT NOT NULL REFERENCES reports(id),
            paragraph_id       TEXT NOT NULL REFERENCES paragraphs(id),
            section_id         TEXT NOT NULL REFERENCES sections(id),
            paragraph_ordinal  INTEGER NOT NULL,
            subject            TEXT NOT NULL,
            subject_key        TEXT NOT NULL,
            value              REAL NOT NULL,
            value_high         REAL,          -- the high end of a range (comparator between), else NULL
            value_text         TEXT NOT NULL,
            unit               TEXT NOT NULL,
            normalized_value   REAL,
            normalized_unit    TEXT,
            measure            TEXT NOT NULL,
            kind               TEXT NOT NULL,
            period             TEXT NOT NULL,
            comparator         TEXT NOT NULL,
            qualifier          TEXT,
            direction          TEXT,
            source_text        TEXT NOT NULL,
            source_start       INTEGER NOT NULL,
            source_end         INTEGER NOT NULL,
            related_ids        TEXT NOT NULL, -- JSON array of indicator ids
            tier               TEXT NOT NULL
        );
        CREATE INDEX indicators_by_report ON indicators (report_id, paragraph_ordinal, rowid);
        CREATE INDEX indicators_by_subject ON indicators (subject_key);

        -- The report's main expected targets (主要预期目标): which indicators the statement of them holds, in text
        -- order, each with the verbatim sentence it is stated in and that sentence's offsets in the paragraph text.
        CREATE TABLE main_targets (
            indicator_id    TEXT PRIMARY KEY REFERENCES indicators(id),
            report_id       TEXT NOT NULL REFERENCES reports(id),
            ordinal         INTEGER NOT NULL,
            sentence        TEXT NOT NULL,
            sentence_start  INTEGER NOT NULL,
            sentence_end    INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX main_targets_by_report ON main_targets (report_id, ordinal);

        -- Each report's distinct indicator subjects, precomputed (the data never changes): the first spelling in
        -- document order, how many facts, and the periods they cover (JSON, earliest first).
        CREATE TABLE subjects (
            report_id       TEXT NOT NULL REFERENCES reports(id),
            subject_key     TEXT NOT NULL,
            subject         TEXT NOT NULL,
            count           INTEGER NOT NULL,
            periods         TEXT NOT NULL,
            first_paragraph INTEGER NOT NULL,
            PRIMARY KEY (report_id, subject_key)
        ) WITHOUT ROWID;

        -- Named projects, one row per project whatever the spellings (aliases as a JSON array), and every place one
        -- is mentioned, with the verbatim clause (quote) and its offsets in the paragraph text.
        CREATE TABLE projects (
            rowid       INTEGER PRIMARY KEY,
            id          TEXT NOT NULL UNIQUE,
            report_id   TEXT NOT NULL REFERENCES reports(id),
            name        TEXT NOT NULL,
            aliases     TEXT NOT NULL,
            category    TEXT NOT NULL
        );
        CREATE INDEX projects_by_report ON projects (report_id, rowid);

        CREATE TABLE project_mentions (
            project_id        TEXT NOT NULL REFERENCES projects(id),
            ordinal           INTEGER NOT NULL,
            paragraph_id      TEXT NOT NULL REFERENCES paragraphs(id),
            section_id        TEXT NOT NULL REFERENCES sections(id),
            paragraph_ordinal INTEGER NOT NULL,
            surface           TEXT NOT NULL,
            quote             TEXT NOT NULL,
            quote_start       INTEGER NOT NULL,
            quote_end         INTEGER NOT NULL,
            status            TEXT,
            period            TEXT,
            PRIMARY KEY (project_id, ordinal)
        ) WITHOUT ROWID;

        -- 民生实事: what the report says about the livelihood projects, under any of their names (values null where the
        -- text is silent); a row only when the report speaks of them. The source is a paragraph, or a heading line
        -- (source_paragraph_id null) when the parser keeps that line only as a section title. Candidates only when a
        -- seeds/<stem>.livelihood.csv supplies them.
        CREATE TABLE livelihood (
            report_id           TEXT PRIMARY KEY REFERENCES reports(id),
            candidate_count     INTEGER,
            selected_count      INTEGER,
            selection_method    TEXT,
            selection_clause    TEXT,
            principle           TEXT,
            candidates_listed   INTEGER NOT NULL,
            note                TEXT NOT NULL,
            source_paragraph_id TEXT,
            source_section_id   TEXT NOT NULL,
            source_text         TEXT NOT NULL,
            source_start        INTEGER NOT NULL,
            source_end          INTEGER NOT NULL,
            targets_section_id  TEXT
        );
        -- Every statement about them, one per clause, in text order: the count as written and read, the status
        -- (done / planned / voted), whether the count is of vote candidates and whether the listed items are as many.
        CREATE TABLE livelihood_statements (
            report_id      TEXT NOT NULL REFERENCES reports(id),
            ordinal        INTEGER NOT NULL,
            paragraph_id   TEXT,
            section_id     TEXT NOT NULL,
            period         TEXT,
            text           TEXT NOT NULL,
            start          INTEGER NOT NULL,
            "end"          INTEGER NOT NULL,
            name           TEXT NOT NULL,
            status         TEXT,
            count_text     TEXT,
            count          INTEGER,
            unit           TEXT,
            category_count INTEGER,
            candidates     INTEGER NOT NULL,
            list_complete  INTEGER,
            PRIMARY KEY (report_id, ordinal)
        );
        -- The projects a statement lists, verbatim; the annual target (年度目标) when the item states one, and the
        -- paragraphs after the item's own that belong to it (a JSON array of paragraph ids).
        CREATE TABLE livelihood_items (
            report_id           TEXT NOT NULL REFERENCES reports(id),
            statement_ordinal   INTEGER NOT NULL,
            number              INTEGER NOT NULL,
            marker              TEXT,
            title               TEXT NOT NULL,
            text                TEXT NOT NULL,
            paragraph_id        TEXT,
            section_id          TEXT NOT NULL,
            start               INTEGER NOT NULL,
            "end"               INTEGER NOT NULL,
            target_text         TEXT,
            target_paragraph_id TEXT,
            target_section_id   TEXT,
            target_start        INTEGER,
            target_end          INTEGER,
            more_paragraph_ids  TEXT NOT NULL,
            PRIMARY KEY (report_id, statement_ordinal, number)
        );
        CREATE TABLE livelihood_candidates (
            report_id   TEXT NOT NULL REFERENCES reports(id),
            number      INTEGER NOT NULL,
            title       TEXT NOT NULL,
            description TEXT,
            category    TEXT,
            selected    INTEGER,
            PRIMARY KEY (report_id, number)
        );

        -- Trigram full-text index over paragraph text: Chinese has no spaces, trigrams match any 3+ character run.
        CREATE VIRTUAL TABLE paragraph_search USING fts5 (
            text, content = 'paragraphs', content_rowid = 'rowid', tokenize = 'trigram'
        );
        """;
}
