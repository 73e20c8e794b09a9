-- 0003: a mention is a span of its section's text, not a copy of the sentence.
--
-- A mention is a sentence naming a character: sections.text[start:end] (character offsets, as
-- Python and SQLite's substr() count them). Offsets, not the sentence: a long review names
-- characters in ~100 sentences, and storing that text again, plus in a unique index, tripled
-- the bytes written per document.
--
-- Clustered by character, so mentions(character_id) reads one contiguous range, already in
-- document order (section ids grow with document ids). Deliberately no index on section_id:
-- the store never looks mentions up by section alone (it joins through the character), and
-- sections are never deleted in normal use (a cascade would scan: correct, only slow).
--
-- Mentions are derived data: this drops the old rows, and the meta key below makes
-- Store.migrate() re-link every anime's documents right after.

DROP TABLE mentions;

CREATE TABLE mentions (
    character_id INTEGER NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    section_id   INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    end          INTEGER NOT NULL CHECK (end > start),
    PRIMARY KEY (character_id, section_id, start)
) WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES ('relink_mentions', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
