"""Documents and their sections (PostgreSQL).

Named statements with `$n` parameters, the same names as bot/store/sqlite/documents.py.
The wanted kinds arrive as a JSON array (bot.store.rows.kinds_json), read with
jsonb_array_elements_text where SQLite uses json_each.
"""

from __future__ import annotations

UPSERT_DOCUMENT_EPISODE = """
INSERT INTO episodes (anime_id, number, title) VALUES ($1, $2, $3)
ON CONFLICT (anime_id, number) DO UPDATE SET title = excluded.title
 WHERE episodes.title IS NULL AND excluded.title IS NOT NULL
"""

# documents and sections
DOCUMENT_BY_HASH = "SELECT id FROM documents WHERE content_hash = $1"

INSERT_DOCUMENT = """
INSERT INTO documents (anime_id, title, kind, episode, episode_title, score_raw, score_value,
                       score_scale, score_100, url, author, published, source_name, content_hash)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
RETURNING id
"""

SECTION_IDS = "SELECT id FROM sections WHERE document_id = $1 ORDER BY position"
# spoiler arrives as 0/1 (as SQLite stores it)
INSERT_SECTION = """
INSERT INTO sections (document_id, position, kind, heading, text, spoiler, about_episode)
VALUES ($1, $2, $3, $4, $5, $6::integer <> 0, $7)
"""

# Params: anime, episode (NULL: season-wide), then the JSON array of wanted kinds twice (NULL:
# every kind).
DOCUMENTS_FOR = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode, d.episode_title,
       d.score_raw, d.score_value, d.score_scale, d.url, d.author, d.published, d.source_name,
       d.verdict, d.verdict_section, d.opening
  FROM documents AS d JOIN anime AS a ON a.id = d.anime_id
 WHERE d.anime_id = $1 AND d.episode IS NOT DISTINCT FROM $2::integer
   AND ($3::text IS NULL OR d.kind IN (SELECT jsonb_array_elements_text($4::jsonb)))
 ORDER BY d.id
"""

SECTIONS_FOR = """
SELECT s.id, s.document_id, s.position, s.kind, s.heading, s.text, s.spoiler, s.about_episode
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = $1 AND d.episode IS NOT DISTINCT FROM $2::integer
   AND ($3::text IS NULL OR d.kind IN (SELECT jsonb_array_elements_text($4::jsonb)))
 ORDER BY s.document_id, s.position
"""

EPISODES_WITH_SECTION_KIND = """
SELECT DISTINCT d.episode
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = $1 AND d.episode IS NOT NULL AND s.kind = $2
 ORDER BY d.episode
"""

LINKED_NAMES = """
SELECT c.name
  FROM documents AS d
  JOIN sections AS s ON s.document_id = d.id
  JOIN mentions AS m ON m.section_id = s.id
  JOIN characters AS c ON c.id = m.character_id AND c.anime_id = d.anime_id
 WHERE d.id = $1
 GROUP BY c.id, c.name
 ORDER BY min(s.position), min(m.start), c.id
"""

# The facts worked out at ingest (migration 0009): verdict, verdict_section, opening, document.
SET_DOCUMENT_FACTS = """
UPDATE documents SET verdict = $1, verdict_section = $2, opening = $3 WHERE id = $4
"""

# Documents stored before their facts were worked out (NULL verdict), and their sections.
DOCUMENTS_WITHOUT_FACTS = "SELECT id FROM documents WHERE verdict IS NULL ORDER BY id"

SECTIONS_OF_DOCUMENT_WHOLE = """
SELECT id, document_id, position, kind, heading, text, spoiler, about_episode
  FROM sections WHERE document_id = $1 ORDER BY position
"""
