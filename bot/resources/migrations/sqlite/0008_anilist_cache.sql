-- 0008: AniList imports — a cache of AniList's answers, and what character cards need from an
-- imported catalog (issue 13).
--
-- anilist_cache: one GraphQL answer (its JSON text) per query, keyed by a digest of the query and
-- its variables (bot.anilist.client.cache_key), kept until expires_at (Unix seconds; 24 h after it
-- was fetched), so a repeated `catalog import` spends none of AniList's rate limit. Expired rows
-- are never read and are deleted whenever a new answer is stored.
--
-- characters gains what a catalog says beyond the card's text: the native name (also a name the
-- mention linker knows), the role, the picture (https only), AniList's id and page, and the
-- description with its ~!…!~ spoiler spans (`description` stays the text anyone may read).
-- character_voice_actors holds the voice actors labelled by language, in the catalog's order.

CREATE TABLE anilist_cache (
    key        TEXT PRIMARY KEY CHECK (length(key) > 0),
    response   TEXT NOT NULL,
    expires_at REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX anilist_cache_expires ON anilist_cache (expires_at);

ALTER TABLE characters ADD COLUMN native_name TEXT;
ALTER TABLE characters ADD COLUMN role TEXT
    CHECK (role IS NULL OR role IN ('main', 'supporting', 'background'));
ALTER TABLE characters ADD COLUMN image_url TEXT
    CHECK (image_url IS NULL OR image_url LIKE 'https://%');
ALTER TABLE characters ADD COLUMN anilist_id INTEGER CHECK (anilist_id IS NULL OR anilist_id > 0);
ALTER TABLE characters ADD COLUMN anilist_url TEXT
    CHECK (anilist_url IS NULL OR anilist_url LIKE 'https://%');
ALTER TABLE characters ADD COLUMN description_markup TEXT;

CREATE TABLE character_voice_actors (
    character_id INTEGER NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    name         TEXT NOT NULL CHECK (length(name) > 0),
    language     TEXT NOT NULL CHECK (length(language) > 0),
    PRIMARY KEY (character_id, position)
) WITHOUT ROWID;
