"""Anime, their aliases and episodes (SQLite).

Named statements with `?` parameters; the aggregate modules in bot/store run them.
"""

from __future__ import annotations

# anime
LIST_ANIME = "SELECT id, slug, title, episode_count FROM anime ORDER BY title COLLATE NOCASE, id"

GET_ANIME = "SELECT id, slug, title, episode_count FROM anime WHERE id = ?"

LIST_ANIME_ALIASES = "SELECT anime_id, name FROM anime_aliases ORDER BY anime_id, name"

ANIME_ALIASES_OF = "SELECT name FROM anime_aliases WHERE anime_id = ?"

ANIME_BY_SLUG = "SELECT id, slug, title, episode_count FROM anime WHERE slug = ?"

SLUG_TAKEN = "SELECT EXISTS (SELECT 1 FROM anime WHERE slug = ?)"

INSERT_ANIME = "INSERT INTO anime (slug, title, episode_count) VALUES (?, ?, ?) RETURNING id"

UPDATE_ANIME = "UPDATE anime SET slug = ?, title = ?, episode_count = ? WHERE id = ?"

INSERT_ANIME_ALIAS = "INSERT OR IGNORE INTO anime_aliases (anime_id, name) VALUES (?, ?)"

DELETE_ANIME_ALIAS = "DELETE FROM anime_aliases WHERE anime_id = ? AND name = ?"

# episodes
LIST_EPISODES = "SELECT anime_id, number, title FROM episodes WHERE anime_id = ? ORDER BY number"

UPSERT_CATALOG_EPISODE = """
INSERT INTO episodes (anime_id, number, title) VALUES (?, ?, ?)
ON CONFLICT (anime_id, number) DO UPDATE SET title = excluded.title
 WHERE excluded.title IS NOT NULL AND episodes.title IS NOT excluded.title
"""

# Removing an anime (anime remove): its aliases, episodes, documents, characters, progress and
# settings go with it (ON DELETE CASCADE / SET NULL).
DELETE_ANIME = "DELETE FROM anime WHERE id = ?"
