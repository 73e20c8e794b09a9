"""AniList's cached answers (PostgreSQL, migration 0008).

Named statements with `$n` parameters; the aggregate modules in bot/store run them. Times are
Unix seconds from the caller's clock, so a test can move them.
"""

from __future__ import annotations

# (key, now): the answer while it is fresh
GET_RESPONSE = "SELECT response FROM anilist_cache WHERE key = $1 AND expires_at > $2"

# (key, response, expires_at)
PUT_RESPONSE = """
INSERT INTO anilist_cache (key, response, expires_at) VALUES ($1, $2, $3)
ON CONFLICT (key) DO UPDATE SET response = excluded.response, expires_at = excluded.expires_at
"""

# (now,)
DELETE_EXPIRED = "DELETE FROM anilist_cache WHERE expires_at <= $1"
