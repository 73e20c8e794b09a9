-- 0006: members' ratings of episodes, per server (issue 15). Keyed by Discord snowflakes
-- (BIGINT). The same table as sqlite/0006_ratings.sql (see there for why it is shaped so).
--
-- One rating (1-10) per member, server, anime and episode; rating again replaces it. Deleted by
-- /forgetme (user_id) and when the bot leaves the server (guild_id).

CREATE TABLE episode_ratings (
    guild_id   BIGINT NOT NULL,
    anime_id   BIGINT NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    episode    INTEGER NOT NULL CHECK (episode >= 1),
    user_id    BIGINT NOT NULL,
    score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    updated_at TEXT NOT NULL
               DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    PRIMARY KEY (guild_id, anime_id, episode, user_id)
);
CREATE INDEX episode_ratings_user ON episode_ratings (user_id);
