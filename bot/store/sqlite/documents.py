"""Documents and their sections (SQLite).

Named statements with `?` parameters; the aggregate modules in bot/store run them.
"""

from __future__ import annotations

UPSERT_DOCUMENT_EPISODE = """
INSERT INTO episodes (anime_id, number, title) VALUES (?, ?, ?)
ON CONFLICT (anime_id, number) DO UPDATE SET title = excluded.title
 WHERE episodes.title IS NULL AND excluded.title IS NOT NULL
"""

# documents and sections
DOCUMENT_BY_HASH = "SELECT id FROM documents WHERE content_hash = ?"

INSERT_DOCUMENT = """
INSERT INTO documents (anime_id, title, kind, episode, episode_title, score_raw, score_value,
                       score_scale, score_100, url, author, published, source_name, content_hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
"""

SECTION_IDS = "SELECT id FROM sections WHERE document_id = ? ORDER BY position"
INSERT_SECTION = """
INSERT INTO sections (document_id, position, kind, heading, text, spoiler, about_episode)
VALUES (?, ?, ?, ?, ?, ?, ?)
"""

# The last two parameters are a JSON array of wanted kinds, given twice (NULL: every kind).
DOCUMENTS_FOR = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode, d.episode_title,
       d.score_raw, d.score_value, d.score_scale, d.url, d.author, d.published, d.source_name
  FROM documents AS d JOIN anime AS a ON a.id = d.anime_id
 WHERE d.anime_id = ? AND d.episode IS ?
   AND (? IS NULL OR d.kind IN (SELECT value FROM json_each(?)))
 ORDER BY d.id
"""

SECTIONS_FOR = """
SELECT s.id, s.document_id, s.position, s.kind, s.heading, s.text, s.spoiler, s.about_episode
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = ? AND d.episode IS ?
   AND (? IS NULL OR d.kind IN (SELECT value FROM json_each(?)))
 ORDER BY s.document_id, s.position
"""

EPISODES_WITH_SECTION_KIND = """
SELECT DISTINCT d.episode
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = ? AND d.episode IS NOT NULL AND s.kind = ?
 ORDER BY d.episode
"""

# Each (section of the document) x (character of its anime) is one primary-key probe of
# mentions; CROSS JOIN fixes that loop order (else SQLite may walk a character's every mention).
LINKED_NAMES = """
SELECT c.name
  FROM documents AS d
 CROSS JOIN sections AS s
 CROSS JOIN characters AS c
 CROSS JOIN mentions AS m
 WHERE d.id = ? AND s.document_id = d.id AND c.anime_id = d.anime_id
   AND m.character_id = c.id AND m.section_id = s.id
 GROUP BY c.id
 ORDER BY min(s.position), min(m.start), c.id
"""
