"""Members' progress, server settings and episode threads (PostgreSQL, migration 0002).

Named statements with `$n` parameters, the same names as bot/store/sqlite/preferences.py.
"""

from __future__ import annotations

# Params: user, anime, guild, anime, guild (as on SQLite; $n could reuse them, the caller
# passes the same tuple to both engines).
READER = """
SELECT
    (SELECT episode FROM user_progress WHERE user_id = $1 AND anime_id = $2) AS own,
    (SELECT episode FROM guild_progress WHERE guild_id = $3 AND anime_id = $4) AS server,
    (SELECT spoiler_policy FROM guild_settings WHERE guild_id = $5) AS policy
"""

THREAD_TOPIC = "SELECT anime_id, episode FROM guild_threads WHERE thread_id = $1"

GET_PROGRESS = "SELECT episode FROM user_progress WHERE user_id = $1 AND anime_id = $2"

SET_PROGRESS = """
INSERT INTO user_progress (user_id, anime_id, episode) VALUES ($1, $2, $3)
ON CONFLICT (user_id, anime_id) DO UPDATE SET
    episode = excluded.episode,
    updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
"""

CLEAR_PROGRESS = "DELETE FROM user_progress WHERE user_id = $1 AND anime_id = $2"

FORGET_USER = "DELETE FROM user_progress WHERE user_id = $1"

GET_GUILD_SETTINGS = (
    "SELECT spoiler_policy, default_anime_id FROM guild_settings WHERE guild_id = $1"
)

SET_GUILD_POLICY = """
INSERT INTO guild_settings (guild_id, spoiler_policy) VALUES ($1, $2)
ON CONFLICT (guild_id) DO UPDATE SET spoiler_policy = excluded.spoiler_policy
"""

SET_GUILD_DEFAULT_ANIME = """
INSERT INTO guild_settings (guild_id, default_anime_id) VALUES ($1, $2)
ON CONFLICT (guild_id) DO UPDATE SET default_anime_id = excluded.default_anime_id
"""

GET_GUILD_PROGRESS = "SELECT episode FROM guild_progress WHERE guild_id = $1 AND anime_id = $2"

SET_GUILD_PROGRESS = """
INSERT INTO guild_progress (guild_id, anime_id, episode) VALUES ($1, $2, $3)
ON CONFLICT (guild_id, anime_id) DO UPDATE SET episode = excluded.episode
"""

CLEAR_GUILD_PROGRESS = "DELETE FROM guild_progress WHERE guild_id = $1 AND anime_id = $2"

GET_THREAD = """
SELECT thread_id FROM guild_threads
WHERE guild_id = $1 AND anime_id = $2 AND episode = $3 AND channel_id = $4
"""

SET_THREAD = """
INSERT INTO guild_threads (guild_id, anime_id, episode, channel_id, thread_id)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (guild_id, anime_id, episode, channel_id) DO UPDATE SET thread_id = excluded.thread_id
"""

FORGET_THREAD = "DELETE FROM guild_threads WHERE thread_id = $1"

FORGET_GUILD = (
    "DELETE FROM guild_settings WHERE guild_id = $1",
    "DELETE FROM guild_progress WHERE guild_id = $1",
    "DELETE FROM guild_threads WHERE guild_id = $1",
)
