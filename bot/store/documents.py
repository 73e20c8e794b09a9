"""Documents and their sections: storing a parsed document whole, and reading them back."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from types import ModuleType

from bot.models import (
    Document,
    DocumentFacts,
    DocumentKind,
    DocumentSummary,
    ParsedDocument,
    Section,
    SectionKind,
)
from bot.store import rows
from bot.store.base import Aggregate
from bot.store.cache import Caches
from bot.store.catalog import Animes
from bot.store.characters import Characters
from bot.store.engine import Database
from bot.store.search import Search

log = logging.getLogger(__name__)

_KIND_ORDER = {kind: i for i, kind in enumerate(DocumentKind)}

FactsOf = Callable[[Sequence[Section]], DocumentFacts]
"""Works out a document's facts from its sections in order (bot.ingest.detect.verdict): for
documents stored without them. Its `verdict_section` is an index into the sequence."""


class DocumentRejected(ValueError):
    """The store refuses this document (an episode the anime does not have); str() says why."""


@dataclass(frozen=True, slots=True)
class AddResult:
    document_id: int
    added: bool  # False: nothing new was stored (unchanged), or an old version was replaced
    characters: tuple[str, ...]  # canonical names of the characters linked to the document
    updated: bool = False  # True: a new version of a stored document replaced it in place

    @property
    def status(self) -> str:
        """ "added", "updated" or "unchanged" (IngestStatus values)."""
        return "added" if self.added else "updated" if self.updated else "unchanged"


def check_episode(episode: int | None, episode_count: int | None, has_zero: bool) -> None:
    """Raise DocumentRejected for an episode the anime cannot have: above its known count,
    or 0 when its catalog lists no episode 0."""
    if episode is None:
        return
    if episode_count and episode > episode_count:
        raise DocumentRejected(
            f"episode {episode} is above the anime's {episode_count} episodes; "
            "fix the page or use --anime for another anime"
        )
    if episode == 0 and not has_zero:
        raise DocumentRejected("episode 0, but the anime's catalog lists no episode 0")


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
        facts_of: FactsOf,
    ) -> None:
        super().__init__(db, sql, caches)
        self.animes = animes
        self.characters = characters
        self.search = search
        self.facts_of = facts_of

    async def add(self, doc: ParsedDocument) -> AddResult:
        """One document in its own transaction (see `store`)."""
        async with self.writing():
            return await self.store(doc)

    async def add_many(self, docs: Sequence[ParsedDocument]) -> list[AddResult | Exception]:
        """Each document in a savepoint of one transaction: a failing one (its exception is
        its result) leaves nothing behind and undoes no other."""
        results: list[AddResult | Exception] = []
        async with self.writing():
            for doc in docs:
                try:
                    async with self.db.savepoint():
                        results.append(await self.store(doc))
                except Exception as exc:  # this document only; the others go on
                    self.caches.forget_all()
                    results.append(exc)
        return results

    async def store(self, doc: ParsedDocument) -> AddResult:
        """Store `doc` inside the caller's transaction: nothing when its content is stored
        already, a replacement in place when a document of the same identity (source, anime,
        kind, episode) is, else a new document."""
        sql, db = self.sql, self.db
        row = await db.fetchone(sql.DOCUMENT_BY_HASH, (doc.content_hash,))
        if row is not None:
            linked = await db.fetchall(sql.LINKED_NAMES, (row["id"],))
            return AddResult(row["id"], False, tuple(r["name"] for r in linked))

        anime_id = await self.animes.find_or_create(doc.anime_title)
        if doc.episode is not None:
            limits = await db.fetchone(sql.ANIME_EPISODE_LIMITS, (anime_id,))
            if limits is not None:
                check_episode(doc.episode, limits["episode_count"], bool(limits["has_zero"]))
            params = (anime_id, doc.episode, doc.episode_title)
            await db.execute(sql.UPSERT_DOCUMENT_EPISODE, params)
        score = doc.score
        source = doc.identity_source
        numeric = score if score is not None and score.value is not None else None
        scored = (
            numeric.raw if numeric else None,
            numeric.value if numeric else None,
            numeric.scale if numeric else None,
            numeric.score_100 if numeric else None,
            score.raw if score is not None and numeric is None else None,  # a letter grade
        )
        old = None
        if source is not None:
            identity = (source, anime_id, str(doc.kind), doc.episode)
            old = await db.fetchone(sql.DOCUMENT_BY_IDENTITY, identity)
        if old is not None:
            document_id = int(old["id"])
            await db.execute(sql.DELETE_MENTIONS_OF_DOCUMENT, (document_id, document_id))
            await db.execute(sql.DELETE_SECTIONS_OF_DOCUMENT, (document_id,))
            await db.execute(
                sql.REPLACE_DOCUMENT,
                (
                    doc.display_title,
                    doc.episode_title,
                    *scored,
                    doc.url,
                    doc.author,
                    doc.published,
                    doc.source_name,
                    doc.content_hash,
                    document_id,
                ),
            )
            self.caches.search.clear()
        else:
            document_id = int(
                await db.fetchval(
                    sql.INSERT_DOCUMENT,
                    (
                        anime_id,
                        doc.display_title,
                        str(doc.kind),
                        doc.episode,
                        doc.episode_title,
                        *scored,
                        doc.url,
                        doc.author,
                        doc.published,
                        doc.source_name,
                        doc.content_hash,
                        source,
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
        await self.save_facts(document_id, doc.facts)  # None: worked out on first read
        section_ids = [int(r[0]) for r in await db.fetchall(sql.SECTION_IDS, (document_id,))]
        await self.search.queued(len(section_ids))

        if await self.characters.learn(anime_id, doc):
            self.caches.forget_characters(anime_id)

        texts = [section.text for section in doc.sections]
        mentions = await self.characters.mentions_in(
            anime_id, list(zip(section_ids, texts, strict=True))
        )
        await self.characters.link(mentions.rows)
        return AddResult(document_id, old is None, mentions.names, updated=old is not None)

    # ----------------------------------------------------------------- facts

    async def save_facts(self, document_id: int, facts: DocumentFacts | None) -> None:
        """Store a document's facts (None: clear them, to be worked out again)."""
        params = (
            (facts.verdict, facts.verdict_section, facts.opening, document_id)
            if facts is not None
            else (None, None, None, document_id)
        )
        await self.db.execute(self.sql.SET_DOCUMENT_FACTS, params)

    async def work_out_facts(self, document_id: int) -> DocumentFacts:
        """Work out and store one document's facts from its stored sections (inside the
        caller's transaction)."""
        sql = self.sql
        sections = [
            rows.section(r)
            for r in await self.db.fetchall(sql.SECTIONS_OF_DOCUMENT_WHOLE, (document_id,))
        ]
        facts = self.facts_of(sections)
        if facts.verdict_section is not None:  # an index into `sections`: their position
            facts = replace(facts, verdict_section=sections[facts.verdict_section].position)
        await self.save_facts(document_id, facts)
        return facts

    async def with_facts(self, documents: list[Document]) -> list[Document]:
        """`documents`, each with its facts: those stored without them (by hand) get them
        worked out and stored now, once."""
        missing = [d for d in documents if d.facts is None]
        if not missing:
            return documents
        found: dict[int, DocumentFacts] = {}
        async with self.writing():
            for doc in missing:
                found[doc.id] = await self.work_out_facts(doc.id)
        log.info("Worked out the verdict and opening of %d stored document(s)", len(found))
        return [replace(d, facts=found[d.id]) if d.id in found else d for d in documents]

    async def fill_facts(self, done_key: str, delete_meta: str) -> int:
        """Work out the facts of every document stored without them (after migration 0009
        added them), then delete the meta row `done_key` that asked for it (with
        `delete_meta`), in one transaction. Returns how many documents were filled."""
        async with self.writing():
            ids = [int(r["id"]) for r in await self.db.fetchall(self.sql.DOCUMENTS_WITHOUT_FACTS)]
            for document_id in ids:
                await self.work_out_facts(document_id)
            await self.db.execute(delete_meta, (done_key,))
        log.info("Worked out the verdict and opening of %d stored document(s)", len(ids))
        return len(ids)

    # ----------------------------------------------------------------- correcting mistakes

    async def summaries(self, anime_id: int | None, source: str | None) -> list[DocumentSummary]:
        params = (anime_id, anime_id, source, source)
        return [rows.summary(r) for r in await self.db.fetchall(self.sql.LIST_DOCUMENTS, params)]

    async def summary(self, document_id: int) -> DocumentSummary | None:
        row = await self.db.fetchone(self.sql.GET_DOCUMENT_SUMMARY, (document_id,))
        return rows.summary(row) if row is not None else None

    async def refile(
        self, document_id: int, anime_id: int, episode: int | None, kind: DocumentKind
    ) -> None:
        """Move a document to another anime, episode or kind, and relink its mentions
        (inside the caller's transaction)."""
        sql, db = self.sql, self.db
        if episode is not None:
            limits = await db.fetchone(sql.ANIME_EPISODE_LIMITS, (anime_id,))
            if limits is not None:
                check_episode(episode, limits["episode_count"], bool(limits["has_zero"]))
            await db.execute(sql.UPSERT_DOCUMENT_EPISODE, (anime_id, episode, None))
        await db.execute(sql.DELETE_MENTIONS_OF_DOCUMENT, (document_id, document_id))
        await db.execute(sql.REFILE_DOCUMENT, (anime_id, episode, str(kind), document_id))
        if episode is not None:
            await db.execute(sql.SET_SECTIONS_ABOUT_EPISODE, (episode, document_id))
        sections = await db.fetchall(sql.SECTIONS_OF_DOCUMENT, (document_id,))
        mentions = await self.characters.mentions_in(
            anime_id, [(int(row["id"]), row["text"]) for row in sections]
        )
        await self.characters.link(mentions.rows)
        self.caches.forget_all()

    async def remove(self, document_id: int) -> bool:
        """Delete a document, its sections, mentions and search entries (in the caller's
        transaction); False when there is no such document."""
        await self.db.execute(self.sql.DELETE_MENTIONS_OF_DOCUMENT, (document_id, document_id))
        removed = await self.db.execute(self.sql.DELETE_DOCUMENT, (document_id,))
        self.caches.forget_all()
        return removed > 0

    async def count_of_anime(self, anime_id: int) -> int:
        return int(await self.db.fetchval(self.sql.COUNT_DOCUMENTS_OF_ANIME, (anime_id,)))

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

    async def anime_with(self, episode: int | None, kind: SectionKind) -> list[int]:
        found = await self.db.fetchall(self.sql.ANIME_WITH_SECTION_KIND, (episode, str(kind)))
        return [int(r[0]) for r in found]

    async def episodes_with(self, anime_id: int, kind: SectionKind) -> list[int]:
        found = await self.db.fetchall(self.sql.EPISODES_WITH_SECTION_KIND, (anime_id, str(kind)))
        return [int(r[0]) for r in found]
