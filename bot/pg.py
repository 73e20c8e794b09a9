"""Cross-process coordination on PostgreSQL (issue 14): change notifications and leases.

Everything here is about running several bot processes on one PostgreSQL database. The
store's own PostgreSQL plumbing lives in bot/store/postgres/: the pool (`connect_pool`),
locked migrations (`migrate`), one-time work (`exclusive`, `seed_once`); they are re-exported
here for the callers that used them from this module.

* :class:`ChangeListener` and :func:`notify`: LISTEN/NOTIFY, so every process's in-memory caches
  learn about changes made by any other process.
* :func:`acquire_lease`, :func:`renew_lease`, :func:`release_lease`: background work that must
  run once across processes (the ``leases`` table of migration 0004), one statement each.

asyncpg is an optional dependency (``pip install .[postgres]``): importing this module without
it fails with a clear message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

try:
    import asyncpg
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "DATABASE_URL points at PostgreSQL but asyncpg is not installed: "
        "pip install 'rouge-reviews-bot[postgres]'"
    ) from exc

from bot.store.location import DSN_SCHEMES, is_postgres_dsn
from bot.store.migrations import MigrationError, migration_files
from bot.store.postgres.connection import connect_pool, exclusive, seed_once
from bot.store.postgres.migrations import migrate
from bot.store.postgres.schema import MIGRATION_LOCK, SEED_LOCK

__all__ = [
    "DSN_SCHEMES",
    "MIGRATION_LOCK",
    "SEED_LOCK",
    "ChangeListener",
    "MigrationError",
    "acquire_lease",
    "connect_pool",
    "exclusive",
    "is_postgres_dsn",
    "migrate",
    "migration_files",
    "notify",
    "release_lease",
    "renew_lease",
    "seed_once",
]

log = logging.getLogger(__name__)

MAX_NOTIFY_PAYLOAD = 7999  # bytes: PostgreSQL refuses a NOTIFY payload of 8000 or more
RECONNECT_DELAYS = (0.1, 0.5, 1.0, 2.0, 5.0)  # seconds; the last repeats

# --------------------------------------------------------------------------- SQL

NOTIFY = "SELECT pg_notify($1, $2)"

# Params: name, holder, seconds. Returns a row when `holder` now holds the lease: it was free,
# expired, or already held by `holder` (then it is extended).
ACQUIRE_LEASE = """
INSERT INTO leases AS l (name, holder, expires_at)
VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3))
ON CONFLICT (name) DO UPDATE
   SET holder = excluded.holder, expires_at = excluded.expires_at
 WHERE l.holder = excluded.holder OR l.expires_at <= clock_timestamp()
RETURNING l.expires_at
"""
# Params: name, holder, seconds. Returns a row only while `holder` still holds an unexpired
# lease: once it has expired, another process may have taken the work over.
RENEW_LEASE = """
UPDATE leases
   SET expires_at = clock_timestamp() + make_interval(secs => $3)
 WHERE name = $1 AND holder = $2 AND expires_at > clock_timestamp()
RETURNING expires_at
"""
# Params: name, holder. Returns a row when `holder` held it (expired or not).
RELEASE_LEASE = "DELETE FROM leases WHERE name = $1 AND holder = $2 RETURNING name"


# --------------------------------------------------------------------------- LISTEN/NOTIFY


async def notify(conn: asyncpg.Connection | asyncpg.Pool, channel: str, payload: str = "") -> None:
    """NOTIFY ``channel`` with ``payload`` (delivered when the current transaction commits)."""
    if len(payload.encode("utf-8")) > MAX_NOTIFY_PAYLOAD:
        raise ValueError(f"a NOTIFY payload is at most {MAX_NOTIFY_PAYLOAD} bytes")
    await conn.execute(NOTIFY, channel, payload)


ChangeCallback = Callable[[str | None], Awaitable[None] | None]


class ChangeListener:
    """LISTENs on ``channel`` on a dedicated connection and calls ``callback(payload)``.

    ``callback(None)`` means notifications may have been missed (the connection was lost and
    is back): refresh everything. The connection is re-opened with backoff when it drops.
    A failing callback is logged with its traceback and never stops the listener.
    """

    def __init__(self, dsn: str, channel: str, callback: ChangeCallback) -> None:
        self.dsn = dsn
        self.channel = channel
        self.callback = callback
        self.reconnects = 0
        self._conn: asyncpg.Connection | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._reconnecting: asyncio.Task[None] | None = None
        self._closed = False

    async def start(self) -> ChangeListener:
        await self._connect()
        return self

    async def __aenter__(self) -> ChangeListener:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.is_closed()

    async def _connect(self) -> None:
        conn = await asyncpg.connect(self.dsn)
        try:
            await conn.add_listener(self.channel, self._on_notification)
        except BaseException:
            await conn.close()
            raise
        conn.add_termination_listener(self._on_termination)
        self._conn = conn

    def _on_notification(self, conn: object, pid: int, channel: str, payload: str) -> None:
        self._call(payload)

    def _call(self, payload: str | None) -> None:
        try:
            result = self.callback(payload)
        except Exception:
            log.exception("change listener %r: the callback failed", self.channel)
            return
        if result is not None:
            task = asyncio.ensure_future(self._await(result))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _await(self, result: Awaitable[None]) -> None:
        try:
            await result
        except Exception:
            log.exception("change listener %r: the callback failed", self.channel)

    def _on_termination(self, conn: object) -> None:
        if self._closed or self._reconnecting is not None:
            return
        log.warning("change listener %r lost its connection; reconnecting", self.channel)
        self._conn = None
        self._reconnecting = asyncio.ensure_future(self._reconnect())

    async def _reconnect(self) -> None:
        attempt = 0
        try:
            while not self._closed:
                delay = RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)]
                await asyncio.sleep(delay)
                attempt += 1
                try:
                    await self._connect()
                except (OSError, asyncpg.PostgresError) as exc:
                    log.warning("change listener %r: reconnect failed: %s", self.channel, exc)
                    continue
                self.reconnects += 1
                log.info("change listener %r reconnected", self.channel)
                self._call(None)
                return
        finally:
            self._reconnecting = None

    async def close(self) -> None:
        self._closed = True
        if self._reconnecting is not None:
            self._reconnecting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reconnecting
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            conn.remove_termination_listener(self._on_termination)
            await conn.close()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


# --------------------------------------------------------------------------- leases


async def acquire_lease(
    conn: asyncpg.Connection | asyncpg.Pool, name: str, holder: str, seconds: float
) -> bool:
    """Take lease ``name`` for ``seconds`` if it is free, expired, or already ``holder``'s."""
    return await conn.fetchval(ACQUIRE_LEASE, name, holder, float(seconds)) is not None


async def renew_lease(
    conn: asyncpg.Connection | asyncpg.Pool, name: str, holder: str, seconds: float
) -> bool:
    """Extend ``holder``'s unexpired lease by ``seconds`` from now; False: it was lost."""
    return await conn.fetchval(RENEW_LEASE, name, holder, float(seconds)) is not None


async def release_lease(conn: asyncpg.Connection | asyncpg.Pool, name: str, holder: str) -> bool:
    """Give lease ``name`` up if ``holder`` has it; False: it was not (or no longer) theirs."""
    return await conn.fetchval(RELEASE_LEASE, name, holder) is not None
