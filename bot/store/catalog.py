"""Anime (titles, slugs, aliases), their episodes, and upserting a curated catalog."""

from __future__ import annotations

import logging
from types import ModuleType

from bot.models import Anime, Catalog, Episode
from bot.store import rows
from bot.store.base import Aggregate
from bot.store.cache import AnimeIndex, Caches
from bot.store.characters import Characters
from bot.store.engine import Database
from bot.text.fuzzy import rank_by_names
from bot.text.names import fold, slugify
from bot.text.titles import TitleMatch, match_title

log = logging.getLogger(__name__)


class Animes(Aggregate):
    def __init__(
        self, db: Database, sql: ModuleType, caches: Caches, characters: Characters
    ) -> None:
        super().__init__(db, sql, caches)
        self.characters = characters

    async def index(self) -> AnimeIndex:
        """Every anime and the folded names it goes by (cached until a write changes them)."""
        if self.caches.anime is not None:
            return self.caches.anime
        ordered = tuple(rows.anime(r) for r in await self.db.fetchall(self.sql.LIST_ANIME))
        aliases: dict[int, set[str]] = {}
        for row in await self.db.fetchall(self.sql.LIST_ANIME_ALIASES):
            aliases.setdefault(row["anime_id"], set()).add(fold(row["name"]))
        names = {
            a.id: frozenset({fold(a.title), fold(a.slug), *aliases.get(a.id, ())}) - {""}
            for a in ordered
        }
        by_name: dict[str, Anime] = {}
        for anime in sorted(ordered, key=lambda a: a.id):
            for name in names[anime.id]:
                by_name.setdefault(name, anime)
        self.caches.anime = AnimeIndex(ordered, by_name, names)
        return self.caches.anime

    async def find(self, name: str) -> Anime | None:
        key = fold(name)
        return (await self.index()).by_name.get(key) if key else None

    async def match(self, name: str) -> TitleMatch[Anime]:
        return match_index(await self.index(), name)

    async def choices(self, query: str, limit: int) -> list[Anime]:
        index = await self.index()
        return rank_by_names(
            index.ordered, [index.names[a.id] for a in index.ordered], fold(query), limit
        )

    async def find_or_create(self, title: str) -> int:
        """The id of the anime named `title`, created (with a free slug) when unknown."""
        found = await self.find(title)
        if found is not None:
            return found.id
        base = slugify(title)
        slug, n = base, 1
        while await self.db.fetchval(self.sql.SLUG_TAKEN, (slug,)):
            n += 1
            slug = f"{base}-{n}"
        anime_id = int(await self.db.fetchval(self.sql.INSERT_ANIME, (slug, title.strip(), None)))
        self.caches.forget_anime()
        log.info("New anime %r (slug %s) learned from a document", title, slug)
        return anime_id

    async def remove(self, anime_id: int) -> None:
        """Delete the anime and everything of it (inside the caller's transaction)."""
        await self.db.execute(self.sql.DELETE_ANIME, (anime_id,))
        self.caches.forget_all()

    async def episodes(self, anime_id: int) -> list[Episode]:
        found = await self.db.fetchall(self.sql.LIST_EPISODES, (anime_id,))
        return [Episode(r["anime_id"], r["number"], r["title"]) for r in found]

    async def upsert_catalog(self, catalog: Catalog) -> Anime:
        async with self.writing():
            anime_id = await self._upsert_anime(catalog)
            self.caches.forget_names_of(anime_id)
            await self.db.executemany(
                self.sql.UPSERT_CATALOG_EPISODE,
                [(anime_id, e.number, e.title) for e in catalog.episodes],
            )
            curated = {fold(c.name) for c in catalog.characters}
            for character in catalog.characters:
                await self.characters.upsert(anime_id, character, curated)
            self.caches.forget_characters(anime_id)
            await self.characters.relink_anime(anime_id)
            row = await self.db.fetchone(self.sql.GET_ANIME, (anime_id,))
            assert row is not None  # written just above, in this transaction
            anime = rows.anime(row)
        log.info(
            "Catalog %r: %d episodes, %d characters",
            catalog.title,
            len(catalog.episodes),
            len(catalog.characters),
        )
        return anime

    async def _upsert_anime(self, catalog: Catalog) -> int:
        row = await self.db.fetchone(self.sql.ANIME_BY_SLUG, (catalog.slug,))
        existing = rows.anime(row) if row else None
        if existing is None:
            for name in (catalog.title, *catalog.aliases):
                existing = await self.find(name)
                if existing is not None:
                    break
        if existing is None:
            params = (catalog.slug, catalog.title, catalog.episode_count)
            anime_id = int(await self.db.fetchval(self.sql.INSERT_ANIME, params))
        else:
            anime_id = existing.id
            count = catalog.episode_count
            if count is None:
                count = existing.episode_count
            wanted = (catalog.slug, catalog.title, count)
            if (existing.slug, existing.title, existing.episode_count) != wanted:
                await self.db.execute(self.sql.UPDATE_ANIME, (*wanted, anime_id))
        have = {r["name"] for r in await self.db.fetchall(self.sql.ANIME_ALIASES_OF, (anime_id,))}
        want = {a for a in catalog.aliases if a.strip()}
        for name in sorted(have - want):
            await self.db.execute(self.sql.DELETE_ANIME_ALIAS, (anime_id, name))
        for name in catalog.aliases:
            if name in want - have:
                await self.db.execute(self.sql.INSERT_ANIME_ALIAS, (anime_id, name))
        return anime_id


def match_index(index: AnimeIndex, name: str) -> TitleMatch[Anime]:
    """What `name` names among the indexed anime: a name exactly (the lowest id when two
    share it), else a word prefix or a near miss (bot.text.titles)."""
    key = fold(name)
    if not key:
        return TitleMatch()
    exact = index.by_name.get(key)
    if exact is not None:
        return TitleMatch(found=exact)
    return match_title(index.ordered, [index.names[a.id] for a in index.ordered], key)
