"""Noticing writes made by another process, so this process's in-memory caches never go stale.

Several processes may share one store: the bot and a `python -m bot ingest` run beside it on
one machine (SQLite), or several bot processes holding different shards (PostgreSQL). Each
keeps caches (bot/store/cache.py: the anime index, characters and autocomplete, mention
linkers, recent search results, the count of sections waiting for the search index). A
`ChangeWatch` tells the store when another process may have written; the store then drops
every cache (`Caches.forget_all`), so the next call reads the database again, and the next
search finishes any indexing another process left pending.

* SQLite: `DataVersionWatch` reads `PRAGMA data_version`, which changes exactly when another
  connection has committed to the file. The store asks before a facade call, at most once per
  `interval` seconds: one round trip costs ~35 µs (aiosqlite's thread hop), against ~4-13 µs
  for a cached autocomplete or search, so asking before every call would triple the cost of
  the hottest calls; once per 0.25 s costs nothing measurable, and after any quiet quarter
  second the next call is fresh. (Measured with the seeded store on the 2-core CI machine.)
* PostgreSQL: `NotifyWatch`. Every write transaction ends with a NOTIFY on `CHANNEL`,
  delivered by PostgreSQL when, and only if, the transaction commits; each process LISTENs
  through `bot.store.postgres.notify.ChangeListener`, and a notification from any other
  process marks the caches dirty. Asking costs nothing (a flag), so it is checked before every call.

On PostgreSQL, `PostgresDatabase` announces every write transaction (and every write made
outside one) before it commits, with its `origin`; `Store.open` builds the store with
`changes=await NotifyWatch.listen(dsn, origin)` and the same `origin`, so a process ignores its
own notifications.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from typing import TYPE_CHECKING, Any, Protocol

from bot.store.engine import Database

if TYPE_CHECKING:
    from bot.store.postgres.notify import ChangeListener

log = logging.getLogger(__name__)

# How often (at most) the SQLite store asks whether another process wrote: see the docstring.
CHECK_INTERVAL = 0.25
# The NOTIFY channel every process of one PostgreSQL store listens on.
CHANNEL = "rouge_store_changes"


def process_origin() -> str:
    """A name for this process's store handle, unique across machines (NOTIFY payloads)."""
    return f"{os.getpid()}-{uuid.uuid4().hex[:12]}"


class ChangeWatch(Protocol):
    def due(self) -> bool:
        """Whether `changed()` must be asked before a cache is trusted (no I/O)."""
        ...

    async def changed(self, *, now: bool = False) -> bool:
        """True when another process may have written since the last time this said so
        (`now`: ask even when a check interval has not passed)."""
        ...

    async def close(self) -> None: ...


class DataVersionWatch:
    """SQLite: another connection committed when `PRAGMA data_version` moved."""

    def __init__(self, db: Database, query: str, *, interval: float = CHECK_INTERVAL) -> None:
        self.db = db
        self.query = query
        self.interval = interval
        self._version: Any = None
        self._next_check = 0.0

    def due(self) -> bool:
        return time.monotonic() >= self._next_check

    async def changed(self, *, now: bool = False) -> bool:
        clock = time.monotonic()
        if clock < self._next_check and not now:
            return False
        self._next_check = clock + self.interval
        version = await self.db.fetchval(self.query)
        moved = self._version is not None and version != self._version
        self._version = version
        return moved

    async def close(self) -> None:
        return None


class StaticWatch:
    """A store handle that watches no other process (one built directly, e.g. by `db copy`)."""

    def due(self) -> bool:
        return False

    async def changed(self, *, now: bool = False) -> bool:
        return False

    async def close(self) -> None:
        return None


class NotifyWatch:
    """PostgreSQL: a NOTIFY on `CHANNEL` from another process marks the caches dirty."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.listener: ChangeListener | None = None
        self._dirty = False

    @classmethod
    async def listen(cls, dsn: str, origin: str) -> NotifyWatch:
        """A watch fed by a `ChangeListener` on its own connection to `dsn`."""
        from bot.store.postgres.notify import ChangeListener  # asyncpg is an optional extra

        watch = cls(origin)
        watch.listener = await ChangeListener(dsn, CHANNEL, watch.notified).start()
        return watch

    def notified(self, payload: str | None) -> None:
        """The listener's callback: None means notifications may have been missed."""
        if payload is None or payload != self.origin:
            self._dirty = True

    def due(self) -> bool:
        return self._dirty

    async def changed(self, *, now: bool = False) -> bool:
        dirty, self._dirty = self._dirty, False
        return dirty

    async def close(self) -> None:
        if self.listener is not None:
            await self.listener.close()
