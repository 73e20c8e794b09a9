"""The FTS5 full-text index of sections and its queue (SQLite).

Named statements with `?` parameters; the aggregate modules in bot/store run them.
"""

from __future__ import annotations

# full-text index queue
FTS_PENDING_COUNT = "SELECT count(*) FROM sections_fts_pending"

FTS_INDEX_PENDING = """
INSERT INTO sections_fts (rowid, text)
SELECT s.id, s.text
  FROM sections_fts_pending AS p CROSS JOIN sections AS s ON s.id = p.section_id
 ORDER BY p.section_id
"""

FTS_CLEAR_PENDING = "DELETE FROM sections_fts_pending"

# search, step 1: the best `limit` of the newest `candidates` matches, by bm25 (rank).
# Params: match, anime id, anime id (NULL: any anime), candidates, limit.
SEARCH_CANDIDATES = """
SELECT id, score FROM (
    SELECT sections_fts.rowid AS id, sections_fts.rank AS score
      FROM sections_fts
      JOIN sections AS s ON s.id = sections_fts.rowid
      JOIN documents AS d ON d.id = s.document_id
     WHERE sections_fts MATCH ? AND (? IS NULL OR d.anime_id = ?)
     ORDER BY sections_fts.rowid DESC
     LIMIT ?
)
 ORDER BY score, id
 LIMIT ?
"""

# search, step 2: the hits, with their section text (the snippet is cut from it in Python:
# FTS5's snippet() re-reads a term's whole doclist per row, ~1.5 ms a hit for common words).
# Param: a JSON array of section ids.
SEARCH_HITS = """
SELECT s.id AS section_id, s.document_id, d.title AS document_title, a.title AS anime_title,
       s.kind, d.episode, s.spoiler, s.about_episode, s.text
  FROM json_each(?) AS j
 CROSS JOIN sections AS s ON s.id = j.value
  JOIN documents AS d ON d.id = s.document_id
  JOIN anime AS a ON a.id = d.anime_id
"""
