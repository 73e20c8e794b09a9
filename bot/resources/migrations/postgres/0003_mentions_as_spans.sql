-- 0003: a mention is a span of its section's text, not a copy of the sentence
-- (see sqlite/0003_mentions_as_spans.sql for why).
--
-- A mention is sections.text[start:end] in character offsets (as Python counts them, and as
-- PostgreSQL's substr() counts characters of a UTF-8 database). "end" is a reserved word in
-- PostgreSQL: the column keeps SQLite's name, so it is always written quoted.
--
-- Mentions are derived data: this drops the old rows, and the meta key below makes the store's
-- migrate re-link every anime's documents right after (as on SQLite).

DROP TABLE mentions;

CREATE TABLE mentions (
    character_id BIGINT NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    section_id   BIGINT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    "end"        INTEGER NOT NULL CHECK ("end" > start),
    PRIMARY KEY (character_id, section_id, start)
);

INSERT INTO meta (key, value) VALUES ('relink_mentions', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
