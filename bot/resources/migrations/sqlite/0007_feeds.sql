-- 0007: review feeds (issue 12) — the feeds the bot follows, who added them, each feed's
-- fetch state and health, the entries already seen (claimed once, across processes), the
-- documents that are excerpt-only, each server's announce settings and the announcements made.
-- Times are ISO 8601 UTC text written by the bot ('YYYY-MM-DDTHH:MM:SS.ffffffZ'), so they sort.

-- One row per feed URL, shared by every server following it (polled once for all of them).
CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE CHECK (length(url) > 0),
    title         TEXT,
    anime         TEXT,  -- `feeds add --anime NAME`: what every entry is about
    full_text     INTEGER NOT NULL DEFAULT 0 CHECK (full_text IN (0, 1)),
    operator      INTEGER NOT NULL DEFAULT 0 CHECK (operator IN (0, 1)),  -- added by the CLI
    etag          TEXT,
    last_modified TEXT,
    last_polled   TEXT,
    failures      INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    failing_since TEXT,
    next_attempt  TEXT,
    last_error    TEXT,
    added_at      TEXT NOT NULL
);

-- Which servers follow a feed (added from Discord), and who added it there.
CREATE TABLE feed_guilds (
    feed_id  INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guild_id INTEGER NOT NULL,
    added_by INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, guild_id)
) WITHOUT ROWID;
CREATE INDEX feed_guilds_guild ON feed_guilds (guild_id);

-- Entries seen, by guid (entry_key) and by link: a row is the claim that one process fetches
-- and ingests the entry (INSERT ... ON CONFLICT DO NOTHING), then its outcome.
CREATE TABLE feed_entries (
    feed_id     INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    entry_key   TEXT NOT NULL,
    link        TEXT,
    status      TEXT NOT NULL DEFAULT 'claimed'
                CHECK (status IN ('claimed', 'added', 'updated', 'unchanged', 'rejected')),
    reason      TEXT,
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
);
CREATE UNIQUE INDEX feed_entries_link ON feed_entries (feed_id, link) WHERE link IS NOT NULL;
CREATE INDEX feed_entries_document ON feed_entries (document_id);

-- Documents that came from a feed without --full-text: /review shows an excerpt and a link.
CREATE TABLE excerpt_only_documents (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE
);

-- A server's announce channel; `since`: reviews stored before it was set are not announced.
-- `disabled_reason` is set (and announcing stops) when Discord refused a post.
CREATE TABLE guild_announce (
    guild_id        INTEGER PRIMARY KEY,
    channel_id      INTEGER NOT NULL,
    anime_id        INTEGER REFERENCES anime (id) ON DELETE CASCADE,
    since           TEXT NOT NULL,
    disabled_reason TEXT
);

-- One announcement per review per server (the claim is taken before posting).
CREATE TABLE feed_announcements (
    guild_id     INTEGER NOT NULL,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    message_id   INTEGER,
    announced_at TEXT NOT NULL,
    PRIMARY KEY (guild_id, document_id)
) WITHOUT ROWID;
