"""Full-text search over sections (PostgreSQL): the `search` tsvector column and its GIN index.

Named statements with `$n` parameters, the same names as bot/store/sqlite/search.py. The
column is generated in each row's own INSERT/UPDATE (migration 0001), so there is no queue:
the FTS_* statements exist for the shared names only, and bot/store/postgres/hooks.py tells
the search aggregate not to batch.
"""

from __future__ import annotations

# no queue on PostgreSQL (never run: SearchHooks.batched_index is False)
FTS_PENDING_COUNT = "SELECT 0"
FTS_INDEX_PENDING = "SELECT 0"
FTS_CLEAR_PENDING = "SELECT 0"

# search, step 1: the best `limit` of the newest `candidates` matches (as on SQLite), by
# ts_rank_cd, negated so that a lower score is better as with bm25.
# Params: websearch query text (built by hooks.py from quoted words: never the user's
# syntax), anime id, anime id (NULL: any anime), candidates, limit.
SEARCH_CANDIDATES = """
SELECT c.id, -ts_rank_cd(c.search, c.query) AS score
  FROM (SELECT s.id, s.search, q.query
          FROM websearch_to_tsquery('rouge_text', $1) AS q (query)
          JOIN sections AS s ON s.search @@ q.query
          JOIN documents AS d ON d.id = s.document_id
         WHERE $2::bigint IS NULL OR d.anime_id = $3
         ORDER BY s.id DESC
         LIMIT $4) AS c
 ORDER BY score, c.id
 LIMIT $5
"""

# ts_headline's options: plain text (no markers), one excerpt of about 30 words.
HEADLINE_OPTIONS = 'StartSel="", StopSel="", MaxWords=30, MinWords=15, ShortWord=0'

# search, step 2: the hits, with ts_headline's snippet (hooks.py flattens it and marks cuts).
# Params: the section ids (bigint[]), the query text of step 1, HEADLINE_OPTIONS.
SEARCH_HITS = """
SELECT s.id AS section_id, s.document_id, d.title AS document_title, a.title AS anime_title,
       s.kind, d.episode, s.spoiler, s.about_episode, s.text,
       ts_headline('rouge_text', s.text, websearch_to_tsquery('rouge_text', $2), $3) AS snippet
  FROM sections AS s
  JOIN documents AS d ON d.id = s.document_id
  JOIN anime AS a ON a.id = d.anime_id
 WHERE s.id = ANY ($1::bigint[])
"""
