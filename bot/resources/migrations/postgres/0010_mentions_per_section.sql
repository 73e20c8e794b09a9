-- 0010: a mention is one row per (character, section naming it), not per sentence
-- (see sqlite/0010_mentions_per_section.sql for why).
--
-- first_at: the character offset in sections.text (as Python counts, and as PostgreSQL's
-- substr() counts characters of a UTF-8 database) of the section's first naming of the
-- character.
--
-- Mentions are derived data: this drops the old rows, and the meta key below makes the store's
-- migrate re-link every anime's documents right after (as on SQLite).

DROP TABLE mentions;

CREATE TABLE mentions (
    character_id BIGINT NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    section_id   BIGINT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    first_at     INTEGER NOT NULL CHECK (first_at >= 0),
    PRIMARY KEY (character_id, section_id)
);

INSERT INTO meta (key, value) VALUES ('relink_mentions', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
