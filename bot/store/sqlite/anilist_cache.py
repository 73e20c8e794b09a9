"""AniList's cached answers (SQLite, migration 0008).

Named statements with `?` parameters; the aggregate modules in bot/store run them. Times are
Unix seconds from the caller's clock, so a test can move them.
"""

from __future__ import annotations

# (key, now): the answer while it is fresh
GET_RESPONSE = "SELECT response FROM anilist_cache WHERE key = ? AND expires_at > ?"

# (key, response, expires_at)
PUT_RESPONSE = """
INSERT INTO anilist_cache (key, response, expires_at) VALUES (?, ?, ?)
ON CONFLICT (key) DO UPDATE SET response = excluded.response, expires_at = excluded.expires_at
"""

# (now,)
DELETE_EXPIRED = "DELETE FROM anilist_cache WHERE expires_at <= ?"
