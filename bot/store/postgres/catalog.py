"""Anime, their aliases and episodes (PostgreSQL).

Named statements with `$n` parameters, the same names as bot/store/sqlite/catalog.py.
"""

from __future__ import annotations

# anime (SQLite orders titles COLLATE NOCASE: lower() here)
LIST_ANIME = "SELECT id, slug, title, episode_count FROM anime ORDER BY lower(title), id"

GET_ANIME = "SELECT id, slug, title, episode_count FROM anime WHERE id = $1"

LIST_ANIME_ALIASES = "SELECT anime_id, name FROM anime_aliases ORDER BY anime_id, name"

ANIME_ALIASES_OF = "SELECT name FROM anime_aliases WHERE anime_id = $1"

ANIME_BY_SLUG = "SELECT id, slug, title, episode_count FROM anime WHERE slug = $1"

SLUG_TAKEN = "SELECT EXISTS (SELECT 1 FROM anime WHERE slug = $1)"

INSERT_ANIME = "INSERT INTO anime (slug, title, episode_count) VALUES ($1, $2, $3) RETURNING id"

UPDATE_ANIME = "UPDATE anime SET slug = $1, title = $2, episode_count = $3 WHERE id = $4"

INSERT_ANIME_ALIAS = """
INSERT INTO anime_aliases (anime_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING
"""

DELETE_ANIME_ALIAS = "DELETE FROM anime_aliases WHERE anime_id = $1 AND name = $2"

# episodes
LIST_EPISODES = "SELECT anime_id, number, title FROM episodes WHERE anime_id = $1 ORDER BY number"

UPSERT_CATALOG_EPISODE = """
INSERT INTO episodes (anime_id, number, title) VALUES ($1, $2, $3)
ON CONFLICT (anime_id, number) DO UPDATE SET title = excluded.title
 WHERE excluded.title IS NOT NULL AND episodes.title IS DISTINCT FROM excluded.title
"""

# Removing an anime (anime remove): its aliases, episodes, documents, characters, progress and
# settings go with it (ON DELETE CASCADE / SET NULL).
DELETE_ANIME = "DELETE FROM anime WHERE id = $1"
