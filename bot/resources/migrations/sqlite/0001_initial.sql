-- 0001: the initial schema.
--
-- Applied by bot.store.Store.migrate() inside one transaction, which also sets
-- PRAGMA user_version = 1. A migration file must not contain BEGIN/COMMIT of its own.

CREATE TABLE anime (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL CHECK (length(title) > 0),
    episode_count INTEGER CHECK (episode_count IS NULL OR episode_count >= 0)
);
CREATE INDEX anime_title_lower ON anime (lower(title));

CREATE TABLE anime_aliases (
    anime_id INTEGER NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    name     TEXT NOT NULL CHECK (length(name) > 0),
    PRIMARY KEY (anime_id, name)
) WITHOUT ROWID;
CREATE INDEX anime_aliases_name_lower ON anime_aliases (lower(name));

CREATE TABLE episodes (
    anime_id INTEGER NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    number   INTEGER NOT NULL CHECK (number >= 0),
    title    TEXT,
    PRIMARY KEY (anime_id, number)
) WITHOUT ROWID;

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    anime_id      INTEGER NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    kind          TEXT NOT NULL
                  CHECK (kind IN ('first-impressions', 'episode-review', 'recap', 'season-review')),
    episode       INTEGER CHECK (episode IS NULL OR episode >= 0),
    episode_title TEXT,
    score_raw     TEXT,
    score_value   REAL,
    score_scale   REAL CHECK (score_scale IS NULL OR score_scale > 0),
    score_100     REAL,
    url           TEXT,
    author        TEXT,
    published     TEXT,
    source_name   TEXT,
    content_hash  TEXT NOT NULL UNIQUE,
    added_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((score_raw IS NULL) = (score_value IS NULL)
           AND (score_raw IS NULL) = (score_scale IS NULL))
);
CREATE INDEX documents_anime_episode ON documents (anime_id, episode);

CREATE TABLE sections (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('recap', 'review')),
    heading       TEXT,
    text          TEXT NOT NULL,
    spoiler       INTEGER NOT NULL CHECK (spoiler IN (0, 1)),
    about_episode INTEGER
);
-- also serves every lookup of sections by document_id
CREATE UNIQUE INDEX sections_document_position ON sections (document_id, position);

CREATE TABLE characters (
    id            INTEGER PRIMARY KEY,
    anime_id      INTEGER NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    name          TEXT NOT NULL COLLATE NOCASE CHECK (length(name) > 0),
    voice_actor   TEXT,
    description   TEXT,
    first_episode INTEGER,
    UNIQUE (anime_id, name)
);
CREATE INDEX characters_name_lower ON characters (lower(name));

CREATE TABLE character_aliases (
    character_id INTEGER NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    name         TEXT NOT NULL COLLATE NOCASE CHECK (length(name) > 0),
    revealed_in  INTEGER,
    is_variant   INTEGER NOT NULL DEFAULT 0 CHECK (is_variant IN (0, 1)),
    -- a rowid table on purpose: rowid keeps the catalog's order for display
    PRIMARY KEY (character_id, name)
);
CREATE INDEX character_aliases_name_lower ON character_aliases (lower(name));

CREATE TABLE character_facts (
    character_id INTEGER NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    revealed_in  INTEGER,
    PRIMARY KEY (character_id, position)
) WITHOUT ROWID;

CREATE TABLE mentions (
    character_id INTEGER NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    section_id   INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    sentence     TEXT NOT NULL,
    -- the unique index leads with (character_id, section_id): it serves mentions(character_id)
    -- in document order (section ids grow with document ids) without sorting the whole set
    UNIQUE (character_id, section_id, sentence)
);
CREATE INDEX mentions_section ON mentions (section_id);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text search over sections.text: an external-content FTS5 table.
--
-- Indexing is batched: FTS5 writes a new index segment per transaction, which costs about four
-- times as much as indexing the same text in batches. So a new section is only queued in
-- sections_fts_pending (by trigger, in the same transaction as the section), and the store
-- moves the queue into sections_fts every few hundred sections, before any search, after an
-- ingest run and on close (Store.flush_search_index). Deleting or editing a section keeps the
-- index exact whether or not the section was indexed yet.
CREATE VIRTUAL TABLE sections_fts USING fts5 (
    text,
    content = 'sections',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE sections_fts_pending (
    section_id INTEGER PRIMARY KEY  -- no foreign key: the delete trigger below cleans it up
);

CREATE TRIGGER sections_fts_insert AFTER INSERT ON sections BEGIN
    INSERT INTO sections_fts_pending (section_id) VALUES (new.id);
END;

CREATE TRIGGER sections_fts_delete AFTER DELETE ON sections BEGIN
    INSERT INTO sections_fts (sections_fts, rowid, text)
        SELECT 'delete', old.id, old.text
         WHERE NOT EXISTS (SELECT 1 FROM sections_fts_pending WHERE section_id = old.id);
    DELETE FROM sections_fts_pending WHERE section_id = old.id;
END;

CREATE TRIGGER sections_fts_update AFTER UPDATE OF text ON sections BEGIN
    INSERT INTO sections_fts (sections_fts, rowid, text)
        SELECT 'delete', old.id, old.text
         WHERE NOT EXISTS (SELECT 1 FROM sections_fts_pending WHERE section_id = old.id);
    INSERT OR IGNORE INTO sections_fts_pending (section_id) VALUES (new.id);
END;
