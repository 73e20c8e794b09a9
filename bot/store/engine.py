"""What the aggregate modules need from a database engine, and which SQL each engine speaks.

An engine is a `Database` (the process's connection or pool, behind this small async API)
plus `Queries`: its statement modules, one per aggregate (bot/store/sqlite/*.py and
bot/store/postgres/*.py, with the same constant names), and its `SearchHooks`: the few
differences that need Python rather than SQL. The aggregate modules only ever run
`queries.<aggregate>.<NAME>` through a `Database`, so swapping the engine swaps both and
changes no aggregate code.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

log = logging.getLogger(__name__)

Params = Sequence[Any]
Migration = tuple[int, Path, str]  # (number, file, script)


class StoreUnavailable(Exception):
    """The database cannot be used as it is (not a database, damaged, another application's,
    a directory, read-only). The message is one line for the operator: the path, what is
    wrong and what to do. Nothing was changed."""


class Row(Protocol):
    """A result row: by column name or position (sqlite3.Row, asyncpg.Record)."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> list[str]: ...


class Database(Protocol):
    """One connection's worth of statements; every call is one round trip to the engine."""

    engine: str  # "sqlite" or "postgres": names the migrations directory

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; the number of rows it changed."""
        ...

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement once per row of parameters."""
        ...

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]: ...

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        ...

    def iterate(
        self, sql: str, params: Params = (), *, batch: int | None = None
    ) -> AsyncGenerator[Row, None]:
        """Rows as they are read, for a caller that may stop early (close it: aclosing);
        `batch`: rows read per round trip (None: the engine's default), small for big rows
        of which the caller usually needs few."""
        ...

    def transaction(self) -> AbstractAsyncContextManager[None]:
        """One write transaction: committed whole on success, rolled back whole on error."""
        ...

    def savepoint(self) -> AbstractAsyncContextManager[None]:
        """Inside transaction(): a block undone alone (and re-raised) when it raises."""
        ...

    async def script(self, sql: str) -> None:
        """Run a trusted multi-statement script (a migration file), in one transaction."""
        ...

    async def migrate(self, migrations: Sequence[Migration], directory: Path) -> int:
        """Apply `migrations` above the schema version (SQLite: PRAGMA user_version, each file
        in its own transaction; PostgreSQL: the schema_version table, under an advisory lock
        so processes starting together migrate once); return the version reached."""
        ...

    def exclusive(self) -> AbstractAsyncContextManager[None]:
        """Held by one process at a time (PostgreSQL: an advisory lock; SQLite: one process
        owns the file): first-start seeding and catalog sync run under it."""
        ...

    async def bulk_insert(self, table: str, columns: Sequence[str], rows: list[Params]) -> None:
        """Insert rows into `table` (identifiers from the database's catalog; bot/store/copy)."""
        ...

    async def after_bulk_load(self) -> None:
        """After bulk_insert kept the source's ids (PostgreSQL: move identities past them)."""
        ...

    async def close(self) -> None: ...


class SearchHooks(Protocol):
    """How an engine's full-text search differs beyond its SQL (bot/store/search.py)."""

    # True: new sections wait in a queue and are indexed in batches (SQLite's FTS5)
    batched_index: bool

    def matches(self, terms: Sequence[str]) -> list[str]:
        """Queries to try in turn (every word, then any word) over plain words, each in the
        engine's own syntax with every word quoted: user text is never query syntax."""
        ...

    def hits_params(self, ids: Sequence[int], match: str) -> Params:
        """SEARCH_HITS's parameters for these section ids (and the query that found them)."""
        ...

    def snippet(self, row: Row, terms: Sequence[str]) -> str:
        """The hit's snippet: plain text on one line, "…" where text was left out."""
        ...


@dataclass(frozen=True, slots=True)
class Queries:
    """An engine's statement modules, one per aggregate (same constant names per engine)."""

    schema: ModuleType
    meta: ModuleType
    catalog: ModuleType
    documents: ModuleType
    characters: ModuleType
    search: ModuleType
    preferences: ModuleType
    anilist_cache: ModuleType
    search_hooks: SearchHooks
    ratings: ModuleType
    feeds: ModuleType
    # ACQUIRE_LEASE, RENEW_LEASE, RELEASE_LEASE (params: name, holder[, seconds])
    leases: ModuleType
