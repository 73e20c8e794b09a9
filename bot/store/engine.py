"""What the aggregate modules need from a database engine, and which SQL each engine speaks.

An engine is a `Database` (one connection for the process, behind this small async API)
plus `Queries`: its statement modules, one per aggregate (bot/store/sqlite/*.py today; a
PostgreSQL engine adds bot/store/postgres/*.py with the same constant names). The aggregate
modules only ever run `queries.<aggregate>.<NAME>` through a `Database`, so swapping the
engine swaps both and changes no aggregate code.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

log = logging.getLogger(__name__)

Params = Sequence[Any]


class Row(Protocol):
    """A result row: by column name or position (sqlite3.Row, asyncpg.Record)."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> list[str]: ...


class Database(Protocol):
    """One connection's worth of statements; every call is one round trip to the engine."""

    engine: str  # "sqlite": names the query modules and the migrations directory

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

    def iterate(self, sql: str, params: Params = ()) -> AsyncGenerator[Row, None]:
        """Rows as they are read, for a caller that may stop early (close it: aclosing)."""
        ...

    def transaction(self) -> AbstractAsyncContextManager[None]:
        """One write transaction: committed whole on success, rolled back whole on error."""
        ...

    async def script(self, sql: str) -> None:
        """Run a trusted multi-statement script (a migration file), in one transaction."""
        ...

    async def close(self) -> None: ...


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
    # ACQUIRE_LEASE, RENEW_LEASE, RELEASE_LEASE (params: name, holder[, seconds]). None: the
    # engine's are bot.pg's (PostgreSQL), found by bot/store/leases.py.
    leases: ModuleType | None = None
