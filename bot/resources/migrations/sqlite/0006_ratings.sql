-- 0006: members' ratings of episodes, per server (issue 15).
--
-- One rating (1-10) per member, server, anime and episode; rating again replaces it. Only a
-- member whose own /progress covers the episode may rate it (checked by /rate). Deleted by
-- /forgetme (user_id) and when the bot leaves the server (guild_id). Keyed by Discord
-- snowflakes.
--
-- Clustered by (guild, anime, episode): /scores reads one server's ratings of one anime as one
-- contiguous range, grouped by episode. The user index serves /forgetme.

CREATE TABLE episode_ratings (
    guild_id   INTEGER NOT NULL,
    anime_id   INTEGER NOT NULL REFERENCES anime (id) ON DELETE CASCADE,
    episode    INTEGER NOT NULL CHECK (episode >= 1),
    user_id    INTEGER NOT NULL,
    score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (guild_id, anime_id, episode, user_id)
) WITHOUT ROWID;
CREATE INDEX episode_ratings_user ON episode_ratings (user_id);
