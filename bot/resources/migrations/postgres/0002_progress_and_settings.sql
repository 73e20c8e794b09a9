-- 0002: spoiler safety by progress — what each user has watched, each server's spoiler policy,
-- and the per-episode discussion threads the bot created. Keyed by Discord snowflakes (BIGINT).
-- The same tables as sqlite/0002_progress_and_settings.sql.

-- How far a user has watched an anime. Deleted by /forgetme.
CREATE TABLE user_progress (
    user_id    BIGINT NOT NULL,
    anime_id   BIGINT NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    episode    INTEGER NOT NULL CHECK (episode >= 0),
    updated_at TEXT NOT NULL
               DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    PRIMARY KEY (user_id, anime_id)
);

-- One row per server that changed a setting. Deleted when the bot leaves the server.
CREATE TABLE guild_settings (
    guild_id         BIGINT PRIMARY KEY,
    spoiler_policy   TEXT NOT NULL DEFAULT 'wrap'
                     CHECK (spoiler_policy IN ('wrap', 'ephemeral', 'thread')),
    default_anime_id BIGINT REFERENCES anime (id) ON DELETE SET NULL
);

-- A server's default progress per anime, for members who set none.
CREATE TABLE guild_progress (
    guild_id BIGINT NOT NULL,
    anime_id BIGINT NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    episode  INTEGER NOT NULL CHECK (episode >= 0),
    PRIMARY KEY (guild_id, anime_id)
);

-- The discussion thread the bot made for (server, anime, episode); episode -1 = season-wide.
CREATE TABLE guild_threads (
    guild_id   BIGINT NOT NULL,
    anime_id   BIGINT NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    episode    INTEGER NOT NULL,
    channel_id BIGINT NOT NULL,
    thread_id  BIGINT NOT NULL,
    PRIMARY KEY (guild_id, anime_id, episode, channel_id)
);
