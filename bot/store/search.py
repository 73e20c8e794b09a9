"""Full-text search over sections, spoiler facts kept for the caller to gate.

SQLite (FTS5) batches indexing: new sections are queued (see its migration 0001) and indexed
every FTS_BATCH_SECTIONS sections, before any search, after an ingest run and on close.
PostgreSQL indexes a generated tsvector column in the row's own statement: no queue. The
engine's `SearchHooks` say which, and build its query text and snippets.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from types import ModuleType

from bot.models import SearchHit, SectionKind
from bot.store.base import Aggregate
from bot.store.cache import Caches
from bot.store.engine import Database, SearchHooks

log = logging.getLogger(__name__)

SEARCH_CACHE_SIZE = 512  # recent search results, dropped whenever documents change
# Queued sections are moved into the full-text index once this many are waiting (see the
# migration: FTS5 costs about 4x more when it indexes on every commit).
FTS_BATCH_SECTIONS = 256
# bm25 ranks at most this many matching sections (the newest). Ranking every match of a
# common word costs ~100 ms on 40,000 sections; this keeps search in single-digit ms.
SEARCH_CANDIDATES = 500


class Search(Aggregate):
    def __init__(self, db: Database, sql: ModuleType, caches: Caches, hooks: SearchHooks) -> None:
        super().__init__(db, sql, caches)
        self.hooks = hooks

    async def pending(self) -> int:
        """How many sections wait for the index (counted once, then tracked in memory)."""
        if not self.hooks.batched_index:
            return 0
        if self.caches.fts_pending is None:
            self.caches.fts_pending = int(await self.db.fetchval(self.sql.FTS_PENDING_COUNT))
        return self.caches.fts_pending

    async def index_pending(self) -> None:
        """Move the queued sections into the full-text index (inside a write transaction)."""
        await self.db.execute(self.sql.FTS_INDEX_PENDING)
        await self.db.execute(self.sql.FTS_CLEAR_PENDING)
        self.caches.fts_pending = 0

    async def queued(self, sections: int) -> None:
        """`sections` new sections were queued (inside their document's transaction)."""
        self.caches.search.clear()
        if not self.hooks.batched_index:
            return
        pending = await self.pending() + sections
        self.caches.fts_pending = pending
        if pending >= FTS_BATCH_SECTIONS:
            await self.index_pending()

    async def flush(self) -> None:
        if await self.pending():
            async with self.writing():
                await self.index_pending()

    async def search(
        self, terms: Sequence[str], anime_id: int | None, limit: int
    ) -> list[SearchHit]:
        key = (tuple(t.casefold() for t in terms), anime_id, limit)
        cached = self.caches.search.get(key)
        if cached is not None:
            self.caches.search.move_to_end(key)
            return list(cached)
        await self.flush()
        candidates = []
        match = ""
        for match in self.hooks.matches(terms):
            wanted = (match, anime_id, anime_id, SEARCH_CANDIDATES, limit)
            candidates = await self.db.fetchall(self.sql.SEARCH_CANDIDATES, wanted)
            if candidates:
                break
        rows = {}
        if candidates:
            params = self.hooks.hits_params([c["id"] for c in candidates], match)
            rows = {
                r["section_id"]: r for r in await self.db.fetchall(self.sql.SEARCH_HITS, params)
            }
        hits = [
            SearchHit(
                section_id=r["section_id"],
                document_id=r["document_id"],
                document_title=r["document_title"],
                anime_title=r["anime_title"],
                kind=SectionKind(r["kind"]),
                episode=r["episode"],
                snippet=self.hooks.snippet(r, terms),
                spoiler=bool(r["spoiler"]),
                about_episode=r["about_episode"],
                rank=float(candidate["score"]),
            )
            for candidate in candidates
            if (r := rows.get(candidate["id"])) is not None
        ]
        self.caches.search[key] = hits
        if len(self.caches.search) > SEARCH_CACHE_SIZE:
            self.caches.search.popitem(last=False)
        return list(hits)
