-- 0008: AniList imports — a cache of AniList's answers, and what character cards need from an
-- imported catalog (issue 13). The same tables and columns as sqlite/0008_anilist_cache.sql
-- (see it for why); expires_at is Unix seconds (DOUBLE PRECISION, SQLite's REAL).

CREATE TABLE anilist_cache (
    key        TEXT PRIMARY KEY CHECK (length(key) > 0),
    response   TEXT NOT NULL,
    expires_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX anilist_cache_expires ON anilist_cache (expires_at);

ALTER TABLE characters ADD COLUMN native_name TEXT;
ALTER TABLE characters ADD COLUMN role TEXT
    CHECK (role IS NULL OR role IN ('main', 'supporting', 'background'));
ALTER TABLE characters ADD COLUMN image_url TEXT
    CHECK (image_url IS NULL OR image_url LIKE 'https://%');
ALTER TABLE characters ADD COLUMN anilist_id BIGINT CHECK (anilist_id IS NULL OR anilist_id > 0);
ALTER TABLE characters ADD COLUMN anilist_url TEXT
    CHECK (anilist_url IS NULL OR anilist_url LIKE 'https://%');
ALTER TABLE characters ADD COLUMN description_markup TEXT;

CREATE TABLE character_voice_actors (
    character_id BIGINT NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    name         TEXT NOT NULL CHECK (length(name) > 0),
    language     TEXT NOT NULL CHECK (length(language) > 0),
    PRIMARY KEY (character_id, position)
);
