"""Documents and their sections: storing a parsed document whole, and reading them back."""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from types import ModuleType

from bot.models import Document, DocumentKind, ParsedDocument, Section, SectionKind
from bot.store import rows
from bot.store.base import Aggregate
from bot.store.cache import Caches
from bot.store.catalog import Animes
from bot.store.characters import Characters
from bot.store.engine import Database
from bot.store.search import Search
from bot.text.linker import Span

log = logging.getLogger(__name__)

_KIND_ORDER = {kind: i for i, kind in enumerate(DocumentKind)}


@dataclass(frozen=True, slots=True)
class AddResult:
    document_id: int
    added: bool  # False: the same content_hash was already stored and nothing was written
    characters: tuple[str, ...]  # canonical names of the characters linked to the document


class Documents(Aggregate):
    def __init__(
        self,
        db: Database,
        sql: ModuleType,
        caches: Caches,
        *,
        animes: Animes,
        characters: Characters,
        search: Search,
    ) -> None:
        super().__init__(db, sql, caches)
        self.animes = animes
        self.characters = characters
        self.search = search

    async def add(self, doc: ParsedDocument) -> AddResult:
        sql, db = self.sql, self.db
        async with self.writing():
            row = await db.fetchone(sql.DOCUMENT_BY_HASH, (doc.content_hash,))
            if row is not None:
                linked = await db.fetchall(sql.LINKED_NAMES, (row["id"],))
                return AddResult(row["id"], False, tuple(r["name"] for r in linked))

            anime_id = await self.animes.find_or_create(doc.anime_title)
            if doc.episode is not None:
                params = (anime_id, doc.episode, doc.episode_title)
                await db.execute(sql.UPSERT_DOCUMENT_EPISODE, params)
            score = doc.score
            document_id = int(
                await db.fetchval(
                    sql.INSERT_DOCUMENT,
                    (
                        anime_id,
                        doc.title,
                        str(doc.kind),
                        doc.episode,
                        doc.episode_title,
                        score.raw if score else None,
                        score.value if score else None,
                        score.scale if score else None,
                        score.score_100 if score else None,
                        doc.url,
                        doc.author,
                        doc.published,
                        doc.source_name,
                        doc.content_hash,
                    ),
                )
            )
            await db.executemany(
                sql.INSERT_SECTION,
                [
                    (
                        document_id,
                        position,
                        str(section.kind),
                        section.heading,
                        section.text,
                        int(section.spoiler),
                        section.about_episode,
                    )
                    for position, section in enumerate(doc.sections)
                ],
            )
            section_ids = [int(r[0]) for r in await db.fetchall(sql.SECTION_IDS, (document_id,))]
            await self.search.queued(len(section_ids))

            if await self.characters.learn(anime_id, doc):
                self.caches.forget_characters(anime_id)

            linker = await self.characters.linker(anime_id)
            found: list[Span] = []
            for section_id, section in zip(section_ids, doc.sections, strict=True):
                found.extend(linker.find(section_id, section.text))
            await self.characters.link(found)
            # the order LINKED_NAMES gives too: by first sentence, then character id
            order = {sid: i for i, sid in enumerate(section_ids)}
            first = sorted(found, key=lambda m: (order[m[1]], m[2], m[0]))
            names = dict.fromkeys(linker.canonical[m[0]] for m in first)
            return AddResult(document_id, True, tuple(names))

    async def for_episode(
        self, anime_id: int, episode: int | None, kinds: Collection[DocumentKind] | None
    ) -> list[Document]:
        """Documents about one episode (None: season-wide ones) with their sections, by kind
        (first impressions, episode review, recap, season review), then id."""
        wanted = rows.kinds_json(kinds)
        params = (anime_id, episode, wanted, wanted)
        sections: dict[int, list[Section]] = {}
        for r in await self.db.fetchall(self.sql.SECTIONS_FOR, params):
            sections.setdefault(r["document_id"], []).append(rows.section(r))
        documents = [
            rows.document(r, sections.get(r["id"], ()))
            for r in await self.db.fetchall(self.sql.DOCUMENTS_FOR, params)
        ]
        documents.sort(key=lambda d: (_KIND_ORDER[d.kind], d.id))
        return documents

    async def episodes_with(self, anime_id: int, kind: SectionKind) -> list[int]:
        found = await self.db.fetchall(self.sql.EPISODES_WITH_SECTION_KIND, (anime_id, str(kind)))
        return [int(r[0]) for r in found]
