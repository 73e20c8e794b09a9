"""Members' progress, server settings and episode threads (SQLite, migration 0002).

Named statements with `?` parameters; the aggregate modules in bot/store run them.
"""

from __future__ import annotations

READER = """
SELECT
    (SELECT episode FROM user_progress WHERE user_id = ? AND anime_id = ?) AS own,
    (SELECT episode FROM guild_progress WHERE guild_id = ? AND anime_id = ?) AS server,
    (SELECT spoiler_policy FROM guild_settings WHERE guild_id = ?) AS policy
"""

THREAD_TOPIC = "SELECT anime_id, episode FROM guild_threads WHERE thread_id = ?"

GET_PROGRESS = "SELECT episode FROM user_progress WHERE user_id = ? AND anime_id = ?"

SET_PROGRESS = """
INSERT INTO user_progress (user_id, anime_id, episode) VALUES (?, ?, ?)
ON CONFLICT (user_id, anime_id) DO UPDATE SET
    episode = excluded.episode, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
"""

CLEAR_PROGRESS = "DELETE FROM user_progress WHERE user_id = ? AND anime_id = ?"

FORGET_USER = "DELETE FROM user_progress WHERE user_id = ?"

GET_GUILD_SETTINGS = (
    "SELECT spoiler_policy, default_anime_id FROM guild_settings WHERE guild_id = ?"
)

SET_GUILD_POLICY = """
INSERT INTO guild_settings (guild_id, spoiler_policy) VALUES (?, ?)
ON CONFLICT (guild_id) DO UPDATE SET spoiler_policy = excluded.spoiler_policy
"""

SET_GUILD_DEFAULT_ANIME = """
INSERT INTO guild_settings (guild_id, default_anime_id) VALUES (?, ?)
ON CONFLICT (guild_id) DO UPDATE SET default_anime_id = excluded.default_anime_id
"""

GET_GUILD_PROGRESS = "SELECT episode FROM guild_progress WHERE guild_id = ? AND anime_id = ?"

SET_GUILD_PROGRESS = """
INSERT INTO guild_progress (guild_id, anime_id, episode) VALUES (?, ?, ?)
ON CONFLICT (guild_id, anime_id) DO UPDATE SET episode = excluded.episode
"""

CLEAR_GUILD_PROGRESS = "DELETE FROM guild_progress WHERE guild_id = ? AND anime_id = ?"

GET_THREAD = """
SELECT thread_id FROM guild_threads
WHERE guild_id = ? AND anime_id = ? AND episode = ? AND channel_id = ?
"""

SET_THREAD = """
INSERT INTO guild_threads (guild_id, anime_id, episode, channel_id, thread_id)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (guild_id, anime_id, episode, channel_id) DO UPDATE SET thread_id = excluded.thread_id
"""

FORGET_THREAD = "DELETE FROM guild_threads WHERE thread_id = ?"

FORGET_GUILD = (
    "DELETE FROM guild_settings WHERE guild_id = ?",
    "DELETE FROM guild_progress WHERE guild_id = ?",
    "DELETE FROM guild_threads WHERE guild_id = ?",
)
