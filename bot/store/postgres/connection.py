"""The PostgreSQL engine's connection: an asyncpg pool behind `bot.store.engine.Database`.

Statements outside a transaction go to the pool (any free connection); `transaction()` takes
one connection for its duration, and every statement of the store inside it runs there (the
Store's lock serialises its calls, so there is one transaction at a time per process). Several
processes share the database; PostgreSQL's row locks and unique constraints arbitrate them.

asyncpg is an optional dependency (`pip install .[postgres]`): importing this module without
it raises ImportError with a one-line message saying so.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

try:
    import asyncpg
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "DATABASE_URL points at PostgreSQL but asyncpg is not installed: "
        "pip install 'rouge-reviews-bot[postgres]'"
    ) from exc

from bot.store.changes import CHANNEL
from bot.store.engine import Migration, Params, Row
from bot.store.location import is_postgres_dsn
from bot.store.postgres import migrations, schema
from bot.store.postgres.notify import notify

log = logging.getLogger(__name__)

T = TypeVar("T")

POOL_MIN = 1
POOL_MAX = 10  # the store's one transaction, the startup lock, the odd concurrent read
COMMAND_TIMEOUT_S = 60.0
ITERATE_PREFETCH = 100  # rows a cursor reads per round trip


async def connect_pool(
    dsn: str,
    *,
    min_size: int = POOL_MIN,
    max_size: int = POOL_MAX,
    command_timeout: float = COMMAND_TIMEOUT_S,
) -> asyncpg.Pool:
    """An asyncpg pool on `dsn`; every statement times out after `command_timeout` s."""
    if not is_postgres_dsn(dsn):
        raise ValueError("a PostgreSQL DSN starts with postgresql:// or postgres://")
    pool = await asyncpg.create_pool(
        dsn, min_size=min_size, max_size=max_size, command_timeout=command_timeout
    )
    if pool is None:  # pragma: no cover - create_pool returns None only when awaited twice
        raise RuntimeError("asyncpg.create_pool returned no pool")
    return pool


@asynccontextmanager
async def exclusive(pool: asyncpg.Pool, key: int) -> AsyncIterator[asyncpg.Connection]:
    """Hold the session-level advisory lock `key` (waiting for it) on one pooled connection.

    The lock goes with the connection: if the process dies, PostgreSQL releases it.
    """
    async with pool.acquire() as conn:
        await conn.execute(schema.ADVISORY_LOCK, key)
        try:
            yield conn
        finally:
            await conn.execute(schema.ADVISORY_UNLOCK, key)


async def seed_once(
    pool: asyncpg.Pool,
    needed: Callable[[], Awaitable[bool]],
    seed: Callable[[], Awaitable[T]],
    *,
    key: int = schema.SEED_LOCK,
) -> T | None:
    """Run `seed()` in exactly one of the processes that call this together.

    Under the advisory lock `key`, `needed()` decides (for example: the store is empty); a
    process that gets the lock after the seeding finds it unneeded and returns None.
    """
    async with exclusive(pool, key):
        if not await needed():
            return None
        return await seed()


def _changed(status: str) -> int:
    """Rows changed, from a command status ("UPDATE 3", "INSERT 0 1", "DELETE 0")."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class PostgresDatabase:
    """`bot.store.engine.Database` on an asyncpg pool."""

    engine = "postgres"

    def __init__(self, pool: asyncpg.Pool, *, origin: str | None = None) -> None:
        self.pool = pool
        # Every write is announced with this name (bot/store/changes.py): None announces nothing.
        self.origin = origin
        self._tx: asyncpg.Connection | None = None  # the open transaction's connection

    @classmethod
    async def open(
        cls, dsn: str, *, max_size: int = POOL_MAX, origin: str | None = None
    ) -> PostgresDatabase:
        return cls(await connect_pool(dsn, max_size=max_size), origin=origin)

    @property
    def _target(self) -> asyncpg.Connection | asyncpg.Pool:
        return self._tx if self._tx is not None else self.pool

    async def execute(self, sql: str, params: Params = ()) -> int:
        if self._tx is None and self.origin is not None:  # a write of its own: announce it
            async with self.transaction():
                return await self.execute(sql, params)
        return _changed(await self._target.execute(sql, *params))

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        batch = list(rows)
        if not batch:
            return
        if self._tx is None and self.origin is not None:
            async with self.transaction():
                await self.executemany(sql, batch)
            return
        await self._target.executemany(sql, batch)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return list(await self._target.fetch(sql, *params))

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        row: Row | None = await self._target.fetchrow(sql, *params)
        return row

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        return await self._target.fetchval(sql, *params)

    async def iterate(
        self, sql: str, params: Params = (), *, batch: int | None = None
    ) -> AsyncGenerator[Row, None]:
        prefetch = batch or ITERATE_PREFETCH
        # a server-side cursor lives in a transaction: the open one, or a read-only one
        if self._tx is not None:
            async for row in self._tx.cursor(sql, *params, prefetch=prefetch):
                yield row
            return
        async with self.pool.acquire() as conn, conn.transaction(readonly=True):
            async for row in conn.cursor(sql, *params, prefetch=prefetch):
                yield row

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if self._tx is not None:  # already inside one: its statements are part of it
            yield
            return
        async with self.pool.acquire() as conn, conn.transaction():
            self._tx = conn
            try:
                yield
                if self.origin is not None:  # delivered to the others only if this commits
                    await notify(conn, CHANNEL, self.origin)
            finally:
                self._tx = None

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """Inside a transaction: undo only this block's statements when it raises (asyncpg
        makes a transaction started inside another one a savepoint)."""
        if self._tx is None:
            raise RuntimeError("a savepoint needs an open transaction")
        async with self._tx.transaction():
            yield

    async def script(self, sql: str) -> None:
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute(sql)

    async def migrate(self, found: Sequence[Migration], directory: Path) -> int:
        return await migrations.apply(self.pool, found, directory)

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        async with exclusive(self.pool, schema.SEED_LOCK):
            yield

    async def bulk_insert(self, table: str, columns: Sequence[str], rows: list[Params]) -> None:
        """COPY the rows in (the target's own types: SQLite's 0/1 flags become booleans)."""
        name = table.strip('"')
        types = {r["name"]: r["type"] for r in await self.fetchall(schema.LIST_COLUMNS, (name,))}
        flags = [i for i, c in enumerate(columns) if types.get(c.strip('"')) == "boolean"]
        if flags:
            rows = [
                tuple(bool(v) if i in flags and v is not None else v for i, v in enumerate(row))
                for row in rows
            ]
        conn = self._tx
        if conn is None:
            raise RuntimeError("bulk_insert runs inside transaction()")
        await conn.copy_records_to_table(
            name, columns=[c.strip('"') for c in columns], records=rows
        )

    async def after_bulk_load(self) -> None:
        """After rows were copied in with their ids: each identity continues past the largest."""
        for r in await self.fetchall(schema.IDENTITY_COLUMNS):
            table, column = r["table_name"], r["column_name"]
            sql = schema.RESET_IDENTITY.format(table=_quote(table), column=_quote(column))
            await self.fetchval(sql, (table, column))

    async def close(self) -> None:
        await self.pool.close()


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'
