"""Characters, their aliases and facts, and the mentions linking them to sections (PostgreSQL).

Named statements with `$n` parameters, the same names as bot/store/sqlite/characters.py.
Differences from SQLite: names compare with lower() where SQLite's columns are COLLATE
NOCASE; character_aliases.id keeps the catalog's order (SQLite's rowid); booleans are
BOOLEAN (callers pass 0/1, so the flags are written `$n::integer <> 0`); "end" is quoted.
"""

from __future__ import annotations

# characters
CHARACTERS_OF_ANIME = """
SELECT id, name, voice_actor, native_name FROM characters WHERE anime_id = $1 ORDER BY id
"""

CHARACTER_ALIASES_OF_ANIME = """
SELECT ca.character_id, ca.name, ca.revealed_in, ca.is_variant
  FROM characters AS c JOIN character_aliases AS ca ON ca.character_id = c.id
 WHERE c.anime_id = $1
 ORDER BY ca.id
"""

# The anime id is given twice (NULL: every anime).
CACHE_CHARACTERS = """
SELECT id, anime_id, name, voice_actor FROM characters
 WHERE $1::bigint IS NULL OR anime_id = $2
 ORDER BY id
"""

CACHE_ALIASES = """
SELECT ca.character_id, ca.name, ca.revealed_in, ca.is_variant
  FROM characters AS c JOIN character_aliases AS ca ON ca.character_id = c.id
 WHERE $1::bigint IS NULL OR c.anime_id = $2
 ORDER BY ca.id
"""

GET_CHARACTER = """
SELECT c.id, c.anime_id, a.title AS anime_title, c.name, c.voice_actor, c.description,
       c.first_episode, c.native_name, c.description_markup, c.role, c.image_url, c.anilist_id,
       c.anilist_url
  FROM characters AS c JOIN anime AS a ON a.id = c.anime_id
 WHERE c.id = $1
"""

CHARACTER_ALIASES = """
SELECT name, revealed_in FROM character_aliases
 WHERE character_id = $1 AND NOT is_variant
 ORDER BY revealed_in IS NOT NULL, revealed_in, id
"""

CHARACTER_ALIAS_ROWS = """
SELECT name, revealed_in, is_variant::integer AS is_variant
  FROM character_aliases WHERE character_id = $1
"""

CHARACTER_FACTS = (
    "SELECT text, revealed_in FROM character_facts WHERE character_id = $1 ORDER BY position"
)

CHARACTER_BY_NAME = """
SELECT id, name, voice_actor, description, first_episode, native_name, description_markup, role,
       image_url, anilist_id, anilist_url
  FROM characters
 WHERE anime_id = $1 AND lower(name) = lower($2)
"""

INSERT_CHARACTER = """
INSERT INTO characters (anime_id, name, voice_actor, description, first_episode)
VALUES ($1, $2, $3, $4, $5)
RETURNING id
"""

UPDATE_CHARACTER = """
UPDATE characters SET voice_actor = $1, description = $2, first_episode = $3 WHERE id = $4
"""

# what only a catalog says (migration 0008), set exactly as the catalog has it
UPDATE_CHARACTER_CATALOG_FIELDS = """
UPDATE characters
   SET native_name = $1, description_markup = $2, role = $3, image_url = $4, anilist_id = $5,
       anilist_url = $6
 WHERE id = $7
"""

CHARACTER_VOICE_ACTORS = """
SELECT name, language FROM character_voice_actors WHERE character_id = $1 ORDER BY position
"""

DELETE_CHARACTER_VOICE_ACTORS = "DELETE FROM character_voice_actors WHERE character_id = $1"

INSERT_CHARACTER_VOICE_ACTOR = """
INSERT INTO character_voice_actors (character_id, position, name, language)
VALUES ($1, $2, $3, $4)
"""

FILL_VOICE_ACTOR = "UPDATE characters SET voice_actor = $1 WHERE id = $2 AND voice_actor IS NULL"

DELETE_CHARACTER = "DELETE FROM characters WHERE id = $1"

INSERT_CHARACTER_ALIAS = """
INSERT INTO character_aliases (character_id, name, revealed_in, is_variant)
VALUES ($1, $2, $3, $4::integer <> 0)
"""

UPDATE_CHARACTER_ALIAS = """
UPDATE character_aliases SET name = $1, revealed_in = $2, is_variant = $3::integer <> 0
 WHERE character_id = $4 AND lower(name) = lower($5)
"""

DELETE_CHARACTER_ALIAS = (
    "DELETE FROM character_aliases WHERE character_id = $1 AND lower(name) = lower($2)"
)

DELETE_CHARACTER_FACTS = "DELETE FROM character_facts WHERE character_id = $1"

INSERT_CHARACTER_FACT = """
INSERT INTO character_facts (character_id, position, text, revealed_in) VALUES ($1, $2, $3, $4)
"""

# A merge: the target takes the sections it lacks (SQLite's UPDATE OR IGNORE); the rest go with
# the merged character (ON DELETE CASCADE). The catalog re-links the anime right after its
# characters (relink_anime), which sets first_at where both named a section.
MOVE_MENTIONS = """
UPDATE mentions AS m SET character_id = $1
 WHERE m.character_id = $2
   AND NOT EXISTS (SELECT 1 FROM mentions AS x
                    WHERE x.character_id = $1 AND x.section_id = m.section_id)
"""

SECTIONS_OF_ANIME = """
SELECT s.id, s.text
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = $1
 ORDER BY s.id
"""

# mentions: (character, section naming it, offset of the first naming in sections.text)
INSERT_MENTION = """
INSERT INTO mentions (character_id, section_id, first_at) VALUES ($1, $2, $3)
ON CONFLICT DO NOTHING
"""

UPSERT_MENTION = """
INSERT INTO mentions (character_id, section_id, first_at) VALUES ($1, $2, $3)
ON CONFLICT (character_id, section_id) DO UPDATE SET first_at = excluded.first_at
"""

DELETE_MENTION = "DELETE FROM mentions WHERE character_id = $1 AND section_id = $2"

MENTIONS_OF_ANIME = """
SELECT m.character_id, m.section_id, m.first_at
  FROM characters AS c JOIN mentions AS m ON m.character_id = c.id
 WHERE c.anime_id = $1
"""

ANIME_OF_CHARACTER = "SELECT anime_id FROM characters WHERE id = $1"

# The sections naming a character, in section order (document order), with their text: the
# sentences are cut in Python.
MENTIONS_OF_CHARACTER = """
SELECT m.section_id, m.first_at, s.document_id, d.title AS document_title,
       d.kind AS document_kind, d.url, d.episode, s.spoiler, s.about_episode, s.text
  FROM mentions AS m
  JOIN sections AS s ON s.id = m.section_id
  JOIN documents AS d ON d.id = s.document_id
 WHERE m.character_id = $1 AND s.kind = $2
 ORDER BY m.section_id
"""

# the anime's own names, masked out of sentences before linking ("Metallic Rouge" is not Rouge)
ANIME_TITLE = "SELECT title FROM anime WHERE id = $1"
ANIME_ALIASES_OF = "SELECT name FROM anime_aliases WHERE anime_id = $1"
# every anime, in the order their mentions are re-linked after a migration
ALL_ANIME_IDS = "SELECT id FROM anime ORDER BY lower(title), id"
