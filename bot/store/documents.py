"""Documents and their sections: storing a parsed document whole, and reading them back."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Any

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
from bot.store.engine import Database, Params
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
    or 0 when its catalog lists no episode 0. An anime with no catalog (no known count: one
    the store does not know yet, or one an earlier document created) lists no episodes at
    all, so its episode 0 (a prologue, a pre-season special) is taken."""
    if episode is None:
        return
    if episode_count and episode > episode_count:
        raise DocumentRejected(
            f"episode {episode} is above the anime's {episode_count} episodes; "
            "fix the page or use --anime for another anime"
        )
    if episode == 0 and episode_count is not None and not has_zero:
        raise DocumentRejected("episode 0, but the anime's catalog lists no episode 0")


Identity = tuple[str, int, str, int | None]  # source, anime id, kind, episode


def _scored(
    doc: ParsedDocument,
) -> tuple[str | None, float | None, float | None, float | None, str | None]:
    """The score columns: raw, value, scale, score_100, or a letter grade alone."""
    score = doc.score
    numeric = score if score is not None and score.value is not None else None
    return (
        numeric.raw if numeric else None,
        numeric.value if numeric else None,
        numeric.scale if numeric else None,
        numeric.score_100 if numeric else None,
        score.raw if score is not None and numeric is None else None,
    )


@dataclass(slots=True)
class _Batch:
    """What `add_many` knows of the stored documents meeting its batch, kept up to date as
    it stores them: content hash -> id, identity -> id (the oldest), id -> content hash."""

    by_hash: dict[str, int]
    by_identity: dict[Identity, int] = field(default_factory=dict)
    hash_of: dict[int, str] = field(default_factory=dict)
    limits: dict[int, tuple[int | None, bool]] = field(default_factory=dict)

    def stored(
        self, doc: ParsedDocument, document_id: int, anime_id: int, replaced: int | None
    ) -> None:
        if replaced is not None:
            old_hash = self.hash_of.get(replaced)
            if old_hash is not None and self.by_hash.get(old_hash) == replaced:
                del self.by_hash[old_hash]
        elif (source := doc.identity_source) is not None:
            self.by_identity.setdefault((source, anime_id, str(doc.kind), doc.episode), document_id)
        self.by_hash[doc.content_hash] = document_id
        self.hash_of[document_id] = doc.content_hash


@dataclass(slots=True)
class _Outcome:
    """One document of a segment: unchanged (that stored id), rejected, or written."""

    doc: ParsedDocument
    unchanged: int | None = None
    rejected: DocumentRejected | None = None
    anime_id: int | None = None  # set: written (new, or replacing `replaces`)
    replaces: int | None = None
    result: AddResult | None = None


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
        """Store `docs` in one transaction, with the results of storing them one by one in
        order (see `store`; a rejected document's DocumentRejected is its result).

        The batch goes in a few statements (`_store_batch`) inside one savepoint. If that
        raises, the savepoint is undone and each document is stored alone (a batch of one)
        in a savepoint of its own: a failing one (its exception is its result) leaves nothing
        behind and undoes no other."""
        async with self.writing():
            try:
                async with self.db.savepoint():
                    return await self._store_batch(docs)
            except Exception as exc:  # undone whole: one document at a time finds which
                self.caches.forget_all()
                log.info("Storing %d documents at once failed (%r); one by one", len(docs), exc)
            return await self._store_each(docs)

    async def _store_each(self, docs: Sequence[ParsedDocument]) -> list[AddResult | Exception]:
        """Each document in a savepoint of the caller's transaction."""
        results: list[AddResult | Exception] = []
        for doc in docs:
            try:
                async with self.db.savepoint():
                    results.append(await self.store(doc))
            except Exception as exc:  # this document only; the others go on
                self.caches.forget_all()
                results.append(exc)
        return results

    async def _store_batch(self, docs: Sequence[ParsedDocument]) -> list[AddResult | Exception]:
        """`docs` as `store` would store them one after another, in a few statements: their
        stored hashes and identities read once, their rows written with executemany.

        Runs in segments: a document whose content or identity is that of an earlier
        document of the same segment (written only when the segment ends) starts the next
        segment, by when the earlier one is stored and it is handled like any stored one."""
        sql, db = self.sql, self.db
        hashes = sorted({doc.content_hash for doc in docs})
        batch = _Batch(
            by_hash={
                r["content_hash"]: int(r["id"])
                for r in await db.fetchall(sql.DOCUMENTS_BY_HASHES, (json.dumps(hashes),))
            }
        )
        sources = sorted({s for doc in docs if (s := doc.identity_source) is not None})
        if sources:
            for r in await db.fetchall(sql.DOCUMENTS_BY_SOURCES, (json.dumps(sources),)):
                key = (r["source"], int(r["anime_id"]), r["kind"], r["episode"])
                batch.by_identity.setdefault(key, int(r["id"]))  # the oldest, as one by one
                batch.hash_of[int(r["id"])] = r["content_hash"]
        results: list[AddResult | Exception] = []
        while len(results) < len(docs):
            results.extend(await self._store_segment(docs[len(results) :], batch))
        return results

    async def _episode_limits(
        self, docs: Sequence[ParsedDocument], batch: _Batch
    ) -> dict[int, tuple[int | None, bool]]:
        """(episode count, has an episode 0) of the known anime of `docs`, read once a batch
        (storing documents changes neither: episode 0 is only stored where it exists)."""
        wanted: set[int] = set()
        for doc in docs:
            found = await self.animes.find(doc.anime_title)
            if found is not None and found.id not in batch.limits:
                wanted.add(found.id)
        if wanted:
            for r in await self.db.fetchall(
                self.sql.ANIME_EPISODE_LIMITS_OF, (json.dumps(sorted(wanted)),)
            ):
                batch.limits[int(r["id"])] = (r["episode_count"], bool(r["has_zero"]))
        return batch.limits

    async def _store_segment(
        self, docs: Sequence[ParsedDocument], batch: _Batch
    ) -> list[AddResult | Exception]:
        """Store the longest prefix of `docs` in which no document meets an earlier one of
        the prefix (at least one document); its results."""
        sql, db, characters = self.sql, self.db, self.characters
        limits = await self._episode_limits(docs, batch)
        # 1. What becomes of each document (no ids needed): unchanged, rejected or written.
        outcomes: list[_Outcome] = []
        touched: set[int] = set()  # stored documents this segment replaces
        new_hashes: set[str] = set()
        new_identities: set[tuple[str, int, str, int | None]] = set()
        for doc in docs:
            stored = batch.by_hash.get(doc.content_hash)
            if doc.content_hash in new_hashes or stored in touched:
                break
            if stored is not None:
                outcomes.append(_Outcome(doc, unchanged=stored))
                continue
            anime = await self.animes.find(doc.anime_title)
            count, has_zero = limits.get(anime.id, (None, False)) if anime else (None, False)
            try:
                check_episode(doc.episode, count, has_zero)
            except DocumentRejected as exc:  # before its anime is created: nothing stays
                outcomes.append(_Outcome(doc, rejected=exc))
                continue
            anime_id = anime.id if anime else await self.animes.find_or_create(doc.anime_title)
            old = None
            if (source := doc.identity_source) is not None:
                identity = (source, anime_id, str(doc.kind), doc.episode)
                if identity in new_identities:
                    break
                old = batch.by_identity.get(identity)
                if old in touched:
                    break
                if old is None:
                    new_identities.add(identity)
            if old is not None:
                touched.add(old)
            new_hashes.add(doc.content_hash)
            outcomes.append(_Outcome(doc, anime_id=anime_id, replaces=old))
        if not outcomes:  # cannot happen: the first document never meets an earlier one
            raise RuntimeError("an empty segment")

        # the names linked to the unchanged ones, before this segment replaces any of them
        unchanged = sorted({o.unchanged for o in outcomes if o.unchanged is not None})
        names: dict[int, list[str]] = {i: [] for i in unchanged}
        if unchanged:
            for r in await db.fetchall(sql.LINKED_NAMES_OF, (json.dumps(unchanged),)):
                names[int(r["document_id"])].append(r["name"])

        written = [o for o in outcomes if o.anime_id is not None]
        replaced = [o.replaces for o in written if o.replaces is not None]
        if replaced:
            await db.executemany(sql.DELETE_MENTIONS_OF_DOCUMENT, [(i, i) for i in replaced])
            await db.executemany(sql.DELETE_SECTIONS_OF_DOCUMENT, [(i,) for i in replaced])
        fresh = sum(1 for o in written if o.replaces is None)
        document_ids = iter(await self._next_ids(sql.NEXT_DOCUMENT_IDS, fresh))
        section_ids = iter(
            await self._next_ids(sql.NEXT_SECTION_IDS, sum(len(o.doc.sections) for o in written))
        )
        episodes = [
            (o.anime_id, o.doc.episode, o.doc.episode_title)
            for o in written
            if o.doc.episode is not None
        ]
        if episodes:
            await db.executemany(sql.UPSERT_DOCUMENT_EPISODE, episodes)

        # 2. In order: ids, rows, and each document's characters learned, then its mentions.
        # a parse worker's UTF-8 of a section's text, bound as it is where the engine takes it
        # (not encoded again here, on the core that also indexes)
        utf8_text: bool = sql.SECTION_TEXT_UTF8
        inserted: list[Params] = []
        replacing: list[Params] = []
        sections: list[Params] = []
        mention_rows: list[Any] = []
        for o in written:
            doc, of_anime = o.doc, o.anime_id
            assert of_anime is not None
            document_id = next(document_ids) if o.replaces is None else o.replaces
            facts = doc.facts
            fact_values = (
                (facts.verdict, facts.verdict_section, facts.opening)
                if facts is not None
                else (None, None, None)
            )
            if o.replaces is None:
                inserted.append(
                    (
                        document_id,
                        of_anime,
                        doc.display_title,
                        str(doc.kind),
                        doc.episode,
                        doc.episode_title,
                        *_scored(doc),
                        doc.url,
                        doc.author,
                        doc.published,
                        doc.source_name,
                        doc.content_hash,
                        doc.identity_source,
                        *fact_values,
                    )
                )
            else:
                replacing.append(
                    (
                        doc.display_title,
                        doc.episode_title,
                        *_scored(doc),
                        doc.url,
                        doc.author,
                        doc.published,
                        doc.source_name,
                        doc.content_hash,
                        *fact_values,
                        document_id,
                    )
                )
            ids = [next(section_ids) for _ in doc.sections]
            sections.extend(
                (
                    section_id,
                    document_id,
                    position,
                    str(section.kind),
                    section.heading,
                    section.utf8 if utf8_text and section.utf8 is not None else section.text,
                    int(section.spoiler),
                    section.about_episode,
                )
                for position, (section_id, section) in enumerate(
                    zip(ids, doc.sections, strict=True)
                )
            )
            if await characters.learn(of_anime, doc):
                self.caches.forget_characters(of_anime)
            texts = [section.text for section in doc.sections]
            mentions = await characters.mentions_in(
                of_anime, list(zip(ids, texts, strict=True)), doc.links
            )
            mention_rows.extend(mentions.rows)
            o.result = AddResult(
                document_id, o.replaces is None, mentions.names, updated=o.replaces is not None
            )
            batch.stored(doc, document_id, of_anime, o.replaces)

        # 3. The rows, a statement each.
        if inserted:
            await db.executemany(sql.INSERT_DOCUMENT_ROW, inserted)
        if replacing:
            await db.executemany(sql.REPLACE_DOCUMENT_ROW, replacing)
            self.caches.search.clear()
        if sections:
            await db.executemany(sql.INSERT_SECTION_ROW, sections)
        await self.search.queued(len(sections))
        if mention_rows:
            await characters.link(mention_rows)
        results: list[AddResult | Exception] = []
        for o in outcomes:
            if o.unchanged is not None:
                results.append(AddResult(o.unchanged, False, tuple(names[o.unchanged])))
            elif o.rejected is not None:
                results.append(o.rejected)
            else:
                assert o.result is not None
                results.append(o.result)
        return results

    async def _next_ids(self, statement: str, count: int) -> list[int]:
        if count == 0:
            return []
        ids = sorted(int(r["id"]) for r in await self.db.fetchall(statement, (count,)))
        if len(ids) != count:
            raise RuntimeError(f"asked for {count} ids, got {len(ids)}")
        return ids

    async def store(self, doc: ParsedDocument) -> AddResult:
        """Store `doc` inside the caller's transaction: nothing when its content is stored
        already, a replacement in place when a document of the same identity (source, anime,
        kind, episode) is, else a new document. Raises DocumentRejected (nothing of it
        stored) for an episode its anime cannot have. The batch path, with a batch of one."""
        (result,) = await self._store_batch([doc])
        if isinstance(result, Exception):
            raise result
        return result

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
