"""Documents and their sections (SQLite).

Named statements with `?` parameters; the aggregate modules in bot/store run them.
"""

from __future__ import annotations

UPSERT_DOCUMENT_EPISODE = """
INSERT INTO episodes (anime_id, number, title) VALUES (?, ?, ?)
ON CONFLICT (anime_id, number) DO UPDATE SET title = excluded.title
 WHERE episodes.title IS NULL AND excluded.title IS NOT NULL
"""

# Mentions go by character first (their primary key): the document's anime's characters.
DELETE_MENTIONS_OF_DOCUMENT = """
DELETE FROM mentions
 WHERE character_id IN (SELECT c.id FROM characters AS c
                          JOIN documents AS d ON d.anime_id = c.anime_id WHERE d.id = ?)
   AND section_id IN (SELECT id FROM sections WHERE document_id = ?)
"""

DELETE_SECTIONS_OF_DOCUMENT = "DELETE FROM sections WHERE document_id = ?"

DELETE_DOCUMENT = "DELETE FROM documents WHERE id = ?"

ANIME_EPISODE_LIMITS = """
SELECT a.episode_count,
       EXISTS (SELECT 1 FROM episodes AS e WHERE e.anime_id = a.id AND e.number = 0) AS has_zero
  FROM anime AS a WHERE a.id = ?
"""

# Re-filing a document (documents set): its anime, episode and kind.
REFILE_DOCUMENT = "UPDATE documents SET anime_id = ?, episode = ?, kind = ? WHERE id = ?"

SET_SECTIONS_ABOUT_EPISODE = "UPDATE sections SET about_episode = ? WHERE document_id = ?"

SECTIONS_OF_DOCUMENT = "SELECT id, text FROM sections WHERE document_id = ? ORDER BY position"

# Listing (documents list): the parameters are anime id twice, then a source substring twice.
LIST_DOCUMENTS = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode,
       coalesce(d.score_raw, d.score_grade) AS score_raw, d.source, d.added_at
  FROM documents AS d JOIN anime AS a ON a.id = d.anime_id
 WHERE (? IS NULL OR d.anime_id = ?)
   AND (? IS NULL OR instr(lower(coalesce(d.source, '')), lower(?)) > 0)
 ORDER BY d.id
"""

GET_DOCUMENT_SUMMARY = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode,
       coalesce(d.score_raw, d.score_grade) AS score_raw, d.source, d.added_at
  FROM documents AS d JOIN anime AS a ON a.id = d.anime_id
 WHERE d.id = ?
"""

COUNT_DOCUMENTS_OF_ANIME = "SELECT count(*) FROM documents WHERE anime_id = ?"

# The last two parameters are a JSON array of wanted kinds, given twice (NULL: every kind).
DOCUMENTS_FOR = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode, d.episode_title,
       d.score_raw, d.score_value, d.score_scale, d.score_grade, d.url, d.author, d.published,
       d.source_name, d.verdict, d.verdict_section, d.opening
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

# The anime with a section of one kind about one episode (NULL: season-wide): which anime a
# command without `anime:` means when only one has what was asked for.
ANIME_WITH_SECTION_KIND = """
SELECT DISTINCT d.anime_id
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.episode IS ? AND s.kind = ?
 ORDER BY d.anime_id
"""

# The facts worked out at ingest (migration 0009): verdict, verdict_section, opening, document.
SET_DOCUMENT_FACTS = """
UPDATE documents SET verdict = ?, verdict_section = ?, opening = ? WHERE id = ?
"""

# Documents stored before their facts were worked out (NULL verdict), and their sections.
DOCUMENTS_WITHOUT_FACTS = "SELECT id FROM documents WHERE verdict IS NULL ORDER BY id"

SECTIONS_OF_DOCUMENT_WHOLE = """
SELECT id, document_id, position, kind, heading, text, spoiler, about_episode
  FROM sections WHERE document_id = ? ORDER BY position
"""

# ----------------------------------------------------------------- storing a batch at once
# (Documents.add_many: a few statements per batch instead of a dozen per document)

# Params: a JSON array of content hashes.
DOCUMENTS_BY_HASHES = """
SELECT id, content_hash FROM documents
 WHERE content_hash IN (SELECT value FROM json_each(?))
"""

# Every document of these sources (a JSON array): the caller matches whole identities.
DOCUMENTS_BY_SOURCES = """
SELECT id, source, anime_id, kind, episode, content_hash FROM documents
 WHERE source IN (SELECT value FROM json_each(?))
 ORDER BY id
"""

# Params: a JSON array of anime ids.
ANIME_EPISODE_LIMITS_OF = """
SELECT a.id, a.episode_count,
       EXISTS (SELECT 1 FROM episodes AS e WHERE e.anime_id = a.id AND e.number = 0) AS has_zero
  FROM anime AS a WHERE a.id IN (SELECT value FROM json_each(?))
"""

# The next `?` ids of a table, for rows inserted with their ids in this write transaction
# (BEGIN IMMEDIATE: no other writer), the ids SQLite would have given them one by one.
NEXT_DOCUMENT_IDS = """
WITH RECURSIVE ids (id, n) AS (
    SELECT coalesce(max(id), 0) + 1, 1 FROM documents
    UNION ALL SELECT id + 1, n + 1 FROM ids WHERE n < ?
)
SELECT id FROM ids
"""

NEXT_SECTION_IDS = """
WITH RECURSIVE ids (id, n) AS (
    SELECT coalesce(max(id), 0) + 1, 1 FROM sections
    UNION ALL SELECT id + 1, n + 1 FROM ids WHERE n < ?
)
SELECT id FROM ids
"""

# A new document with its id and facts (verdict, verdict_section, opening).
INSERT_DOCUMENT_ROW = """
INSERT INTO documents (id, anime_id, title, kind, episode, episode_title, score_raw,
                       score_value, score_scale, score_100, score_grade, url, author, published,
                       source_name, content_hash, source, verdict, verdict_section, opening)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

# REPLACE_DOCUMENT with the facts: title .. content_hash, verdict, verdict_section, opening, id.
REPLACE_DOCUMENT_ROW = """
UPDATE documents
   SET title = ?, episode_title = ?, score_raw = ?, score_value = ?, score_scale = ?,
       score_100 = ?, score_grade = ?, url = ?, author = ?, published = ?, source_name = ?,
       content_hash = ?, verdict = ?, verdict_section = ?, opening = ?,
       added_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
 WHERE id = ?
"""

# The text is bound as a str or as its UTF-8 bytes (ParsedSection.utf8, SECTION_TEXT_UTF8):
# CAST(blob AS TEXT) takes the bytes as text in the database's encoding (UTF-8), so both store
# the same text value; a str's stays as it is.
INSERT_SECTION_ROW = """
INSERT INTO sections (id, document_id, position, kind, heading, text, spoiler, about_episode)
VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?)
"""
SECTION_TEXT_UTF8 = True  # INSERT_SECTION_ROW takes a section's text as UTF-8 bytes too

# The names linked to each of several documents (a JSON array of ids): (document_id, name),
# each document's characters by their first naming (section, then offset), then id. Each
# (section of a document) x (character of its anime) is one primary-key probe of mentions;
# CROSS JOIN fixes that loop order (else SQLite may walk a character's every mention).
LINKED_NAMES_OF = """
SELECT document_id, name
  FROM (SELECT d.id AS document_id, c.id, c.name, s.position, m.first_at,
               row_number() OVER (PARTITION BY d.id, c.id ORDER BY s.position, m.first_at) AS nth
          FROM json_each(?) AS j
         CROSS JOIN documents AS d
         CROSS JOIN sections AS s
         CROSS JOIN characters AS c
         CROSS JOIN mentions AS m
         WHERE d.id = j.value AND s.document_id = d.id AND c.anime_id = d.anime_id
           AND m.character_id = c.id AND m.section_id = s.id)
 WHERE nth = 1
 ORDER BY document_id, position, first_at, id
"""
