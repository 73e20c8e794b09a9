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

# The document's mentions: its sections' (mentions_section index), of its anime's characters.
# Params: the document id twice (as SQLite's statement takes them).
DELETE_MENTIONS_OF_DOCUMENT = """
DELETE FROM mentions
 WHERE character_id IN (SELECT c.id FROM characters AS c
                          JOIN documents AS d ON d.anime_id = c.anime_id WHERE d.id = $1)
   AND section_id IN (SELECT id FROM sections WHERE document_id = $2)
"""

DELETE_SECTIONS_OF_DOCUMENT = "DELETE FROM sections WHERE document_id = $1"

DELETE_DOCUMENT = "DELETE FROM documents WHERE id = $1"

ANIME_EPISODE_LIMITS = """
SELECT a.episode_count,
       EXISTS (SELECT 1 FROM episodes AS e WHERE e.anime_id = a.id AND e.number = 0) AS has_zero
  FROM anime AS a WHERE a.id = $1
"""

# Re-filing a document (documents set): its anime, episode and kind.
REFILE_DOCUMENT = "UPDATE documents SET anime_id = $1, episode = $2, kind = $3 WHERE id = $4"

SET_SECTIONS_ABOUT_EPISODE = "UPDATE sections SET about_episode = $1 WHERE document_id = $2"

SECTIONS_OF_DOCUMENT = "SELECT id, text FROM sections WHERE document_id = $1 ORDER BY position"

# Listing (documents list): the parameters are anime id twice, then a source substring twice.
LIST_DOCUMENTS = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode,
       coalesce(d.score_raw, d.score_grade) AS score_raw, d.source, d.added_at
  FROM documents AS d JOIN anime AS a ON a.id = d.anime_id
 WHERE ($1::bigint IS NULL OR d.anime_id = $2::bigint)
   AND ($3::text IS NULL OR strpos(lower(coalesce(d.source, '')), lower($4::text)) > 0)
 ORDER BY d.id
"""

GET_DOCUMENT_SUMMARY = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode,
       coalesce(d.score_raw, d.score_grade) AS score_raw, d.source, d.added_at
  FROM documents AS d JOIN anime AS a ON a.id = d.anime_id
 WHERE d.id = $1
"""

COUNT_DOCUMENTS_OF_ANIME = "SELECT count(*) FROM documents WHERE anime_id = $1"

# Params: anime, episode (NULL: season-wide), then the JSON array of wanted kinds twice (NULL:
# every kind).
DOCUMENTS_FOR = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode, d.episode_title,
       d.score_raw, d.score_value, d.score_scale, d.score_grade, d.url, d.author, d.published,
       d.source_name, d.verdict, d.verdict_section, d.opening
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

# The anime with a section of one kind about one episode (NULL: season-wide): which anime a
# command without `anime:` means when only one has what was asked for.
ANIME_WITH_SECTION_KIND = """
SELECT DISTINCT d.anime_id
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.episode IS NOT DISTINCT FROM $1::integer AND s.kind = $2
 ORDER BY d.anime_id
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

# ----------------------------------------------------------------- storing a batch at once
# (Documents.add_many: a few statements per batch instead of a dozen per document)

# Params: a JSON array of content hashes.
DOCUMENTS_BY_HASHES = """
SELECT id, content_hash FROM documents
 WHERE content_hash IN (SELECT jsonb_array_elements_text($1::jsonb))
"""

# Every document of these sources (a JSON array): the caller matches whole identities.
DOCUMENTS_BY_SOURCES = """
SELECT id, source, anime_id, kind, episode, content_hash FROM documents
 WHERE source IN (SELECT jsonb_array_elements_text($1::jsonb))
 ORDER BY id
"""

# Params: a JSON array of anime ids.
ANIME_EPISODE_LIMITS_OF = """
SELECT a.id, a.episode_count,
       EXISTS (SELECT 1 FROM episodes AS e WHERE e.anime_id = a.id AND e.number = 0) AS has_zero
  FROM anime AS a WHERE a.id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)
"""

# The next $1 values of a table's identity, for rows inserted with their ids (other
# processes may insert meanwhile: the sequence hands each value out once).
NEXT_DOCUMENT_IDS = """
SELECT nextval(pg_get_serial_sequence('documents', 'id')) AS id
  FROM generate_series(1, $1::integer)
"""

NEXT_SECTION_IDS = """
SELECT nextval(pg_get_serial_sequence('sections', 'id')) AS id
  FROM generate_series(1, $1::integer)
"""

# A new document with its id and facts (verdict, verdict_section, opening).
INSERT_DOCUMENT_ROW = """
INSERT INTO documents (id, anime_id, title, kind, episode, episode_title, score_raw,
                       score_value, score_scale, score_100, score_grade, url, author, published,
                       source_name, content_hash, source, verdict, verdict_section, opening)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
        $20)
"""

# REPLACE_DOCUMENT with the facts: title .. content_hash, verdict, verdict_section, opening, id.
REPLACE_DOCUMENT_ROW = """
UPDATE documents
   SET title = $1, episode_title = $2, score_raw = $3, score_value = $4, score_scale = $5,
       score_100 = $6, score_grade = $7, url = $8, author = $9, published = $10,
       source_name = $11, content_hash = $12, verdict = $13, verdict_section = $14,
       opening = $15,
       added_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
 WHERE id = $16
"""

# spoiler arrives as 0/1 (as SQLite stores it)
INSERT_SECTION_ROW = """
INSERT INTO sections (id, document_id, position, kind, heading, text, spoiler, about_episode)
VALUES ($1, $2, $3, $4, $5, $6, $7::integer <> 0, $8)
"""
SECTION_TEXT_UTF8 = False  # INSERT_SECTION_ROW takes a section's text as a str only

# The names linked to each of several documents (a JSON array of ids): (document_id, name),
# each document's characters by their first naming (section, then offset), then id.
LINKED_NAMES_OF = """
SELECT document_id, name
  FROM (SELECT d.id AS document_id, c.id, c.name, s.position, m.first_at,
               row_number() OVER (PARTITION BY d.id, c.id ORDER BY s.position, m.first_at) AS nth
          FROM documents AS d
          JOIN sections AS s ON s.document_id = d.id
          JOIN mentions AS m ON m.section_id = s.id
          JOIN characters AS c ON c.id = m.character_id AND c.anime_id = d.anime_id
         WHERE d.id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)) AS named
 WHERE nth = 1
 ORDER BY document_id, position, first_at, id
"""
