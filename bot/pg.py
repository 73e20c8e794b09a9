"""PostgreSQL engine plumbing (issue 14): the pool, migrations, cross-process coordination.

Everything here is about running several bot processes on one PostgreSQL database; nothing is
about the store's aggregates (their SQL lives with them):

* :func:`connect_pool` opens an asyncpg pool from a ``postgresql://`` DSN.
* :func:`migrate` applies the numbered migration files in one transaction under a
  transaction-level advisory lock, so processes starting together migrate once: the others
  wait on the lock and then find nothing left to do.
* :func:`exclusive` and :func:`seed_once` run one-time work (first-start seeding) in one
  process only, under a session-level advisory lock.
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
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TypeVar

try:
    import asyncpg
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "DATABASE_URL points at PostgreSQL but asyncpg is not installed: "
        "pip install 'rouge-reviews-bot[postgres]'"
    ) from exc

log = logging.getLogger(__name__)

T = TypeVar("T")

# Advisory lock keys: one bigint namespace per database, shared with anything else using
# advisory locks there, so the keys are spelled from the project's name ("rouge" in ASCII).
MIGRATION_LOCK = 0x726F_7567_6500_0001
SEED_LOCK = 0x726F_7567_6500_0002

DSN_SCHEMES = ("postgresql://", "postgres://")
MAX_NOTIFY_PAYLOAD = 7999  # bytes: PostgreSQL refuses a NOTIFY payload of 8000 or more
RECONNECT_DELAYS = (0.1, 0.5, 1.0, 2.0, 5.0)  # seconds; the last repeats

_MIGRATION_FILE = re.compile(r"^(\d+)_[^/\\]+\.sql$")

# --------------------------------------------------------------------------- SQL

LOCK_MIGRATIONS = "SELECT pg_advisory_xact_lock($1)"
HAS_SCHEMA_VERSION = "SELECT to_regclass('schema_version') IS NOT NULL"
GET_SCHEMA_VERSION = "SELECT coalesce(max(version), 0) FROM schema_version"
RECORD_SCHEMA_VERSION = "INSERT INTO schema_version (version, name) VALUES ($1, $2)"

ADVISORY_LOCK = "SELECT pg_advisory_lock($1)"
ADVISORY_UNLOCK = "SELECT pg_advisory_unlock($1)"

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


class MigrationError(RuntimeError):
    """The migrations directory is inconsistent (gap, duplicate, bad name) or behind the DB."""


# --------------------------------------------------------------------------- pool


def is_postgres_dsn(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL database (``postgresql://`` or ``postgres://``)."""
    return url.startswith(DSN_SCHEMES)


async def connect_pool(
    dsn: str, *, min_size: int = 1, max_size: int = 10, command_timeout: float = 30.0
) -> asyncpg.Pool:
    """An asyncpg pool on ``dsn``; every statement times out after ``command_timeout`` s."""
    if not is_postgres_dsn(dsn):
        raise ValueError("a PostgreSQL DSN starts with postgresql:// or postgres://")
    pool = await asyncpg.create_pool(
        dsn, min_size=min_size, max_size=max_size, command_timeout=command_timeout
    )
    if pool is None:  # pragma: no cover - create_pool returns None only when awaited twice
        raise RuntimeError("asyncpg.create_pool returned no pool")
    return pool


# --------------------------------------------------------------------------- migrations


def migration_files(directory: Path) -> list[tuple[int, Path]]:
    """Numbered .sql files in order; a gap, a duplicate or a misnamed .sql file raises."""
    found: dict[int, Path] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_FILE.match(path.name)
        if match is None:
            raise MigrationError(f"Migration {path.name} is not named NNNN_description.sql")
        number = int(match.group(1))
        if number in found:
            raise MigrationError(
                f"Migrations {found[number].name} and {path.name} share number {number}"
            )
        found[number] = path
    numbers = sorted(found)
    if numbers != list(range(1, len(numbers) + 1)):
        raise MigrationError(f"Migration numbers must run 1, 2, 3... without gaps: {numbers}")
    return [(n, found[n]) for n in numbers]


async def migrate(pool: asyncpg.Pool, migrations_dir: Path) -> int:
    """Apply every numbered migration above the recorded version; return the version.

    Everything pending runs in one transaction holding ``pg_advisory_xact_lock``: processes
    starting together queue on the lock, and each one after the first finds the schema
    current. A failing file rolls the whole run back.
    """
    migrations = [(n, p, p.read_text(encoding="utf-8")) for n, p in migration_files(migrations_dir)]
    latest = migrations[-1][0] if migrations else 0
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(LOCK_MIGRATIONS, MIGRATION_LOCK)
        version = 0
        if await conn.fetchval(HAS_SCHEMA_VERSION):
            version = int(await conn.fetchval(GET_SCHEMA_VERSION))
        if version > latest:
            raise MigrationError(
                f"The database is at schema version {version} but the newest migration "
                f"in {migrations_dir} is {latest}."
            )
        for number, path, script in migrations:
            if number <= version:
                continue
            await conn.execute(script)  # no arguments: the simple protocol, many statements
            await conn.execute(RECORD_SCHEMA_VERSION, number, path.name)
            log.info("Applied migration %s", path.name)
    return max(version, latest)


# --------------------------------------------------------------------------- one process only


@contextlib.asynccontextmanager
async def exclusive(pool: asyncpg.Pool, key: int) -> AsyncIterator[asyncpg.Connection]:
    """Hold the session-level advisory lock ``key`` (waiting for it) on one pooled connection.

    The lock goes with the connection: if the process dies, PostgreSQL releases it.
    """
    async with pool.acquire() as conn:
        await conn.execute(ADVISORY_LOCK, key)
        try:
            yield conn
        finally:
            await conn.execute(ADVISORY_UNLOCK, key)


async def seed_once(
    pool: asyncpg.Pool,
    needed: Callable[[], Awaitable[bool]],
    seed: Callable[[], Awaitable[T]],
    *,
    key: int = SEED_LOCK,
) -> T | None:
    """Run ``seed()`` in exactly one of the processes that call this together.

    Under the advisory lock ``key``, ``needed()`` decides (for example: the store is empty);
    a process that gets the lock after the seeding finds it unneeded and returns None.
    """
    async with exclusive(pool, key):
        if not await needed():
            return None
        return await seed()


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
