-- 0010: a mention is one row per (character, section naming it), not per sentence.
--
-- Per sentence, a 10 KB review made ~137 rows, while it names ~8 characters per section: the
-- rows, and cutting every section into sentences to make them, were the largest cost of
-- ingestion. Now linking at ingest only finds which characters a section names (one scan with
-- one pattern per anime), and /character cuts the sentences out of the few sections it reads.
--
-- first_at: the character offset (as Python counts, and SQLite's substr()) in sections.text of
-- the section's first naming of the character, so the names of a document come back "first
-- named first" and reading knows where the character enters.
--
-- Clustered by character, so mentions(character_id) reads one contiguous range in section
-- order, which is document order. As in 0003, deliberately no index on section_id.
--
-- Mentions are derived data: this drops the old rows, and the meta key below makes
-- Store.migrate() re-link every anime's documents right after.

DROP TABLE mentions;

CREATE TABLE mentions (
    character_id INTEGER NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    section_id   INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    first_at     INTEGER NOT NULL CHECK (first_at >= 0),
    PRIMARY KEY (character_id, section_id)
) WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES ('relink_mentions', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
