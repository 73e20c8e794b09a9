"""Characters, their aliases and facts, and the mentions linking them to sections (SQLite).

Named statements with `?` parameters; the aggregate modules in bot/store run them.
"""

from __future__ import annotations

# characters
CHARACTERS_OF_ANIME = """
SELECT id, name, voice_actor, native_name FROM characters WHERE anime_id = ? ORDER BY id
"""

CHARACTER_ALIASES_OF_ANIME = """
SELECT ca.character_id, ca.name, ca.revealed_in, ca.is_variant
  FROM characters AS c JOIN character_aliases AS ca ON ca.character_id = c.id
 WHERE c.anime_id = ?
 ORDER BY ca.rowid
"""

# The anime id is given twice (NULL: every anime).
CACHE_CHARACTERS = """
SELECT id, anime_id, name, voice_actor FROM characters WHERE ? IS NULL OR anime_id = ? ORDER BY id
"""

CACHE_ALIASES = """
SELECT ca.character_id, ca.name, ca.revealed_in, ca.is_variant
  FROM characters AS c JOIN character_aliases AS ca ON ca.character_id = c.id
 WHERE ? IS NULL OR c.anime_id = ?
 ORDER BY ca.rowid
"""

GET_CHARACTER = """
SELECT c.id, c.anime_id, a.title AS anime_title, c.name, c.voice_actor, c.description,
       c.first_episode, c.native_name, c.description_markup, c.role, c.image_url, c.anilist_id,
       c.anilist_url
  FROM characters AS c JOIN anime AS a ON a.id = c.anime_id
 WHERE c.id = ?
"""

CHARACTER_ALIASES = """
SELECT name, revealed_in FROM character_aliases
 WHERE character_id = ? AND is_variant = 0
 ORDER BY revealed_in IS NOT NULL, revealed_in, rowid
"""

CHARACTER_ALIAS_ROWS = (
    "SELECT name, revealed_in, is_variant FROM character_aliases WHERE character_id = ?"
)

CHARACTER_FACTS = (
    "SELECT text, revealed_in FROM character_facts WHERE character_id = ? ORDER BY position"
)

CHARACTER_BY_NAME = """
SELECT id, name, voice_actor, description, first_episode, native_name, description_markup, role,
       image_url, anilist_id, anilist_url
  FROM characters
 WHERE anime_id = ? AND name = ?
"""

INSERT_CHARACTER = """
INSERT INTO characters (anime_id, name, voice_actor, description, first_episode)
VALUES (?, ?, ?, ?, ?)
RETURNING id
"""

UPDATE_CHARACTER = """
UPDATE characters SET voice_actor = ?, description = ?, first_episode = ? WHERE id = ?
"""

# what only a catalog says (migration 0008), set exactly as the catalog has it
UPDATE_CHARACTER_CATALOG_FIELDS = """
UPDATE characters
   SET native_name = ?, description_markup = ?, role = ?, image_url = ?, anilist_id = ?,
       anilist_url = ?
 WHERE id = ?
"""

CHARACTER_VOICE_ACTORS = """
SELECT name, language FROM character_voice_actors WHERE character_id = ? ORDER BY position
"""

DELETE_CHARACTER_VOICE_ACTORS = "DELETE FROM character_voice_actors WHERE character_id = ?"

INSERT_CHARACTER_VOICE_ACTOR = """
INSERT INTO character_voice_actors (character_id, position, name, language) VALUES (?, ?, ?, ?)
"""

FILL_VOICE_ACTOR = "UPDATE characters SET voice_actor = ? WHERE id = ? AND voice_actor IS NULL"

DELETE_CHARACTER = "DELETE FROM characters WHERE id = ?"

INSERT_CHARACTER_ALIAS = """
INSERT INTO character_aliases (character_id, name, revealed_in, is_variant) VALUES (?, ?, ?, ?)
"""

UPDATE_CHARACTER_ALIAS = """
UPDATE character_aliases SET name = ?, revealed_in = ?, is_variant = ?
 WHERE character_id = ? AND name = ?
"""

DELETE_CHARACTER_ALIAS = "DELETE FROM character_aliases WHERE character_id = ? AND name = ?"

DELETE_CHARACTER_FACTS = "DELETE FROM character_facts WHERE character_id = ?"

INSERT_CHARACTER_FACT = """
INSERT INTO character_facts (character_id, position, text, revealed_in) VALUES (?, ?, ?, ?)
"""

# A merge: the target takes the sections it lacks (the rest go with the merged character, ON
# DELETE CASCADE). Where both named a section the target's first_at may not be the earlier one:
# the catalog re-links the anime right after its characters (relink_anime), which sets it.
MOVE_MENTIONS = "UPDATE OR IGNORE mentions SET character_id = ? WHERE character_id = ?"

SECTIONS_OF_ANIME = """
SELECT s.id, s.text
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = ?
 ORDER BY s.id
"""

# mentions: (character, section naming it, offset of the first naming in sections.text)
INSERT_MENTION = """
INSERT OR IGNORE INTO mentions (character_id, section_id, first_at) VALUES (?, ?, ?)
"""

UPSERT_MENTION = """
INSERT INTO mentions (character_id, section_id, first_at) VALUES (?, ?, ?)
ON CONFLICT (character_id, section_id) DO UPDATE SET first_at = excluded.first_at
"""

DELETE_MENTION = "DELETE FROM mentions WHERE character_id = ? AND section_id = ?"

MENTIONS_OF_ANIME = """
SELECT m.character_id, m.section_id, m.first_at
  FROM characters AS c JOIN mentions AS m ON m.character_id = c.id
 WHERE c.anime_id = ?
"""

ANIME_OF_CHARACTER = "SELECT anime_id FROM characters WHERE id = ?"

# The sections naming a character, with their text (the sentences are cut in Python). Walks
# the primary key in section order, which is document order (sections are inserted with their
# document), so the caller can stop early.
MENTIONS_OF_CHARACTER = """
SELECT m.section_id, m.first_at, s.document_id, d.title AS document_title,
       d.kind AS document_kind, d.url, d.episode, s.spoiler, s.about_episode, s.text
  FROM mentions AS m
  JOIN sections AS s ON s.id = m.section_id
  JOIN documents AS d ON d.id = s.document_id
 WHERE m.character_id = ? AND s.kind = ?
 ORDER BY m.section_id
"""

# the anime's own names, masked out of sentences before linking ("Metallic Rouge" is not Rouge)
ANIME_TITLE = "SELECT title FROM anime WHERE id = ?"
ANIME_ALIASES_OF = "SELECT name FROM anime_aliases WHERE anime_id = ?"
# every anime, in the order their mentions are re-linked after a migration
ALL_ANIME_IDS = "SELECT id FROM anime ORDER BY title COLLATE NOCASE, id"
