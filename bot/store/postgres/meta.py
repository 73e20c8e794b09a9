"""Key/value metadata and row counts (PostgreSQL).

Named statements with `$n` parameters, the same names as bot/store/sqlite/meta.py.
"""

from __future__ import annotations

GET_META = "SELECT value FROM meta WHERE key = $1"

DELETE_META = "DELETE FROM meta WHERE key = $1"

SET_META = (
    "INSERT INTO meta (key, value) VALUES ($1, $2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)

ANY_DOCUMENT = "SELECT EXISTS (SELECT 1 FROM documents)"

STATS = """
SELECT (SELECT count(*) FROM anime)      AS anime,
       (SELECT count(*) FROM episodes)   AS episodes,
       (SELECT count(*) FROM documents)  AS documents,
       (SELECT count(*) FROM sections)   AS sections,
       (SELECT count(*) FROM characters) AS characters,
       (SELECT count(*) FROM mentions)   AS mentions
"""

# set by a migration that rebuilt the mentions table (0003): Store.migrate re-links them all
RELINK_MENTIONS = "relink_mentions"

# set by a migration that added facts worked out at ingest (0009): Store.migrate works out
# those of every document stored before it
FILL_DOCUMENT_FACTS = "document_facts"
