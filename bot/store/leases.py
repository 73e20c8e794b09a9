"""Leases: background work that runs in one process at a time across every process sharing
the store (feed polling, announcements; issue 14).

Use it through the facade, around one round of the work::

    async with store.lease("feeds", ttl=60) as lease:
        if lease:  # (or `lease.held`) this process holds "feeds" now; no other one does
            await poll_feeds(stop_when=lambda: not lease.held)

* Entering tries once to take the lease, never waits: a process that does not get it skips
  the round (and tries again next round). It gets it when the lease is free, expired (its
  holder died or hung), or released.
* While held, it is renewed every `ttl / 3` seconds in the background. A renewal that fails
  (the database was unreachable for longer than the ttl, so another process may have taken
  over) sets `lease.held` to False: long work checks it between steps and stops.
* Leaving releases it, so the next round may run anywhere at once.
* Each `lease()` call is its own holder: two tasks of one process exclude each other too.

Time is the database's clock (SQLite's on one machine; the PostgreSQL server's across them),
never a process's own. Lease writes are writes: another SQLite process notices them as a
change (bot/store/changes.py) and re-reads its caches, which costs about a millisecond per
renewal; keep ttl at tens of seconds, not milliseconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from bot.store.base import Aggregate

log = logging.getLogger(__name__)

T = TypeVar("T")

# Serialises the caller's calls to the store (Store._locked), around each statement.
Runner = Callable[[Callable[[], Awaitable[T]]], Awaitable[T]]

MIN_TTL = 0.05  # seconds: a lease shorter than this would be renewed too often to be useful


class Leases(Aggregate):
    """The three one-statement operations; `Store.lease` builds a `Lease` on them."""

    async def acquire(self, name: str, holder: str, seconds: float) -> bool:
        async with self.writing():
            row = await self.db.fetchone(self.sql.ACQUIRE_LEASE, (name, holder, float(seconds)))
        return row is not None

    async def renew(self, name: str, holder: str, seconds: float) -> bool:
        async with self.writing():
            row = await self.db.fetchone(self.sql.RENEW_LEASE, (name, holder, float(seconds)))
        return row is not None

    async def release(self, name: str, holder: str) -> bool:
        async with self.writing():
            row = await self.db.fetchone(self.sql.RELEASE_LEASE, (name, holder))
        return row is not None


_holders = itertools.count(1)


class Lease:
    """One attempt at lease `name`; true (and `held`) while this process holds it."""

    def __init__(self, leases: Leases, run: Runner[bool], name: str, ttl: float, origin: str):
        if not name:
            raise ValueError("a lease needs a name")
        if ttl < MIN_TTL:
            raise ValueError(f"a lease's ttl must be at least {MIN_TTL} s, not {ttl}")
        self.name = name
        self.ttl = ttl
        self.holder = f"{origin}/{next(_holders)}"
        self.held = False
        self._leases = leases
        self._run = run
        self._renewing: asyncio.Task[None] | None = None

    def __bool__(self) -> bool:
        return self.held

    def __repr__(self) -> str:
        return f"<Lease {self.name!r} holder={self.holder!r} held={self.held}>"

    async def start(self) -> None:
        """Try once to take the lease; renew it in the background while held."""
        self.held = await self._run(lambda: self._leases.acquire(self.name, self.holder, self.ttl))
        if self.held:
            log.debug("Lease %r taken by %s for %g s", self.name, self.holder, self.ttl)
            self._renewing = asyncio.create_task(self._renew(), name=f"lease-{self.name}")

    async def _renew(self) -> None:
        renewed = time.monotonic()
        while self.held:
            await asyncio.sleep(self.ttl / 3)
            try:
                self.held = await self._run(
                    lambda: self._leases.renew(self.name, self.holder, self.ttl)
                )
            except Exception:
                log.exception("Could not renew lease %r; trying again", self.name)
                if time.monotonic() - renewed >= self.ttl:
                    self.held = False  # it has expired: another process may hold it now
                    log.warning("Lease %r lost: not renewed within %g s", self.name, self.ttl)
                continue
            renewed = time.monotonic()
            if not self.held:
                log.warning(
                    "Lease %r expired before it was renewed; another process may run it",
                    self.name,
                )

    async def stop(self) -> None:
        """Stop renewing and give the lease up (if still held)."""
        if self._renewing is not None:
            self._renewing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewing
        if not self.held:
            return
        self.held = False
        try:
            await self._run(lambda: self._leases.release(self.name, self.holder))
        except Exception:  # it expires by itself within ttl
            log.exception("Could not release lease %r; it expires within %g s", self.name, self.ttl)


@contextlib.asynccontextmanager
async def holding(
    leases: Leases, run: Runner[bool], name: str, ttl: float, origin: str
) -> AsyncIterator[Lease]:
    lease = Lease(leases, run, name, ttl, origin)
    await lease.start()
    try:
        yield lease
    finally:
        await asyncio.shield(lease.stop())
