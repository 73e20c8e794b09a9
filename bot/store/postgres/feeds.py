"""Review feeds: the feeds, who follows them, their state, entries seen, excerpt-only documents,
servers' announce settings and the announcements made (PostgreSQL, migration 0007).

Named statements with `$n` parameters, the same names as bot/store/sqlite/feeds.py. The flags
(full_text, operator) are BOOLEAN here and arrive as Python bools; times are the bot's ISO text.
"""

from __future__ import annotations

_FEED_COLUMNS = """
    f.id, f.url, f.title, f.anime, f.full_text, f.operator, f.etag, f.last_modified,
    f.last_polled, f.failures, f.failing_since, f.next_attempt, f.last_error, f.added_at,
    (SELECT count(*) FROM feed_guilds g WHERE g.feed_id = f.id) AS guilds
"""

# Params: url, title, anime, full_text, operator, added_at. Returns the id, or no row when
# the URL is already followed.
ADD_FEED = """
INSERT INTO feeds (url, title, anime, full_text, operator, added_at)
VALUES ($1, $2, $3, $4::boolean, $5::boolean, $6)
ON CONFLICT (url) DO NOTHING
RETURNING id
"""

# Params: full_text, feed id. The operator takes a feed over (or adds it a second time).
MAKE_OPERATOR_FEED = "UPDATE feeds SET operator = true, full_text = $1::boolean WHERE id = $2"

GET_FEED = "SELECT" + _FEED_COLUMNS + "FROM feeds f WHERE f.id = $1"

FEED_BY_URL = "SELECT" + _FEED_COLUMNS + "FROM feeds f WHERE f.url = $1"

ALL_FEEDS = "SELECT" + _FEED_COLUMNS + "FROM feeds f ORDER BY f.id"

# Params: guild id. The operator's feeds and the server's own.
GUILD_FEEDS = (
    "SELECT"
    + _FEED_COLUMNS
    + """FROM feeds f
WHERE f.operator
   OR EXISTS (SELECT 1 FROM feed_guilds g WHERE g.feed_id = f.id AND g.guild_id = $1)
ORDER BY f.id
"""
)

GUILD_FOLLOWS = "SELECT 1 FROM feed_guilds WHERE feed_id = $1 AND guild_id = $2"

GUILD_FEED_COUNT = "SELECT count(*) FROM feed_guilds WHERE guild_id = $1"

# Params: feed id, guild id, user id, added_at.
FOLLOW_FEED = """
INSERT INTO feed_guilds (feed_id, guild_id, added_by, added_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (feed_id, guild_id) DO NOTHING
"""

UNFOLLOW_FEED = "DELETE FROM feed_guilds WHERE feed_id = $1 AND guild_id = $2"

UNFOLLOW_ALL = "DELETE FROM feed_guilds WHERE guild_id = $1"

CLEAR_OPERATOR = "UPDATE feeds SET operator = false WHERE id = $1"

# A feed nobody follows any more (not the operator's, no server's) is forgotten.
DELETE_ORPHANS = """
DELETE FROM feeds
WHERE NOT operator AND NOT EXISTS (SELECT 1 FROM feed_guilds g WHERE g.feed_id = feeds.id)
"""

DELETE_FEED = "DELETE FROM feeds WHERE id = $1"

# Params: title, etag, last_modified, last_polled, failures, failing_since, next_attempt,
# last_error, feed id.
SAVE_STATE = """
UPDATE feeds SET title = coalesce($1, title), etag = $2, last_modified = $3, last_polled = $4,
    failures = $5, failing_since = $6, next_attempt = $7, last_error = $8
WHERE id = $9
"""

# Params: feed id, entry key, link. Rows for entries already seen by guid or by link.
SEEN_ENTRY = """
SELECT 1 FROM feed_entries
 WHERE feed_id = $1 AND (entry_key = $2 OR (link IS NOT NULL AND link = $3))
"""

# Params: feed id, entry key, link, seen_at. One row changed: this process claimed the entry.
# No conflict target: a guid or a link already seen (either unique index) is a conflict.
CLAIM_ENTRY = """
INSERT INTO feed_entries (feed_id, entry_key, link, seen_at) VALUES ($1, $2, $3, $4)
ON CONFLICT DO NOTHING
"""

# Params: status, reason, document id, feed id, entry key.
FINISH_ENTRY = """
UPDATE feed_entries SET status = $1, reason = $2, document_id = $3
 WHERE feed_id = $4 AND entry_key = $5
"""

# Params: feed id, entry key. A transient failure: the entry is tried again on the next poll.
RELEASE_ENTRY = (
    "DELETE FROM feed_entries WHERE feed_id = $1 AND entry_key = $2 AND status = 'claimed'"
)

MARK_EXCERPT_ONLY = (
    "INSERT INTO excerpt_only_documents (document_id) VALUES ($1) ON CONFLICT DO NOTHING"
)

# Params: a JSON array of document ids.
EXCERPT_ONLY_AMONG = """
SELECT document_id FROM excerpt_only_documents
WHERE document_id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)
"""

GET_ANNOUNCE = (
    "SELECT guild_id, channel_id, anime_id, since, disabled_reason FROM guild_announce "
    "WHERE guild_id = $1"
)

# Params: guild id, channel id, anime id, since. A new channel switches announcing back on.
SET_ANNOUNCE = """
INSERT INTO guild_announce (guild_id, channel_id, anime_id, since) VALUES ($1, $2, $3, $4)
ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id,
    anime_id = excluded.anime_id, since = excluded.since, disabled_reason = NULL
"""

DISABLE_ANNOUNCE = "UPDATE guild_announce SET disabled_reason = $1 WHERE guild_id = $2"

CLEAR_ANNOUNCE = "DELETE FROM guild_announce WHERE guild_id = $1"

# What each server with announcing on has still to announce: reviews newly added from its own
# feeds or the operator's, since it set its channel, about its anime (when it limited it),
# not yet announced there. Oldest first.
PENDING_ANNOUNCEMENTS = """
SELECT DISTINCT a.guild_id, a.channel_id, e.document_id, e.seen_at, fd.title AS site,
    fd.url AS feed_url
FROM guild_announce a
JOIN feed_entries e ON e.status = 'added' AND e.document_id IS NOT NULL AND e.seen_at >= a.since
JOIN feeds fd ON fd.id = e.feed_id
JOIN documents d ON d.id = e.document_id
WHERE a.disabled_reason IS NULL
  AND (a.anime_id IS NULL OR a.anime_id = d.anime_id)
  AND (fd.operator
       OR EXISTS (SELECT 1 FROM feed_guilds g WHERE g.feed_id = fd.id AND g.guild_id = a.guild_id))
  AND NOT EXISTS (
      SELECT 1 FROM feed_announcements n
      WHERE n.guild_id = a.guild_id AND n.document_id = e.document_id)
ORDER BY a.guild_id, e.seen_at, e.document_id
"""

# Params: guild id, document id, announced_at. One row changed: this process announces it.
CLAIM_ANNOUNCEMENT = """
INSERT INTO feed_announcements (guild_id, document_id, announced_at) VALUES ($1, $2, $3)
ON CONFLICT DO NOTHING
"""

# Params: message id, guild id, document id.
SET_ANNOUNCEMENT_MESSAGE = (
    "UPDATE feed_announcements SET message_id = $1 WHERE guild_id = $2 AND document_id = $3"
)

ANNOUNCED_COUNT = "SELECT count(*) FROM feed_announcements WHERE guild_id = $1"

FORGET_GUILD = (
    "DELETE FROM guild_announce WHERE guild_id = $1",
    "DELETE FROM feed_announcements WHERE guild_id = $1",
    "DELETE FROM feed_guilds WHERE guild_id = $1",
)

DOCUMENT_TOPIC = "SELECT anime_id, episode FROM documents WHERE id = $1"

DOCUMENT_BY_HASH = "SELECT id FROM documents WHERE content_hash = $1"

UNCLAIM_ANNOUNCEMENT = """
DELETE FROM feed_announcements WHERE guild_id = $1 AND document_id = $2 AND message_id IS NULL
"""
