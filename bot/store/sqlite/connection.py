"""The one SQLite connection of the process, through aiosqlite's public API only.

aiosqlite runs every statement on the connection's own worker thread; each call here is one
hop onto that thread (`execute_fetchall` reads a whole result in one). The connection is
opened with isolation_level=None, so nothing is implicit: `transaction()` says BEGIN
IMMEDIATE and COMMIT (or ROLLBACK) itself. Callers serialise their calls (see Store), so
a transaction never interleaves with another task's statements.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import sqlite3
from collections.abc import AsyncGenerator, AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.engine import Params, Row
from bot.store.sqlite import schema

log = logging.getLogger(__name__)


@asynccontextmanager
async def migration_lock(location: str) -> AsyncIterator[None]:
    """Processes starting together on one file (several shards' processes, an `ingest`)
    migrate one after another: an exclusive lock on `<file>-migrate.lock`, waited for off the
    event loop, released by the kernel if the process dies. Each then reads the schema version
    the one before it left. (A migration file is one transaction, but reading the version
    before it cannot share that transaction.)"""
    if location == ":memory:" or location.startswith("file:"):
        yield
        return
    try:
        handle = open(f"{location}-migrate.lock", "a+b")  # noqa: ASYNC230, SIM115 - tiny, local
    except OSError as exc:  # a read-only directory: nothing here can migrate anyway
        log.debug("No migration lock beside %s: %s", location, exc)
        yield
        return
    with handle:
        await asyncio.to_thread(fcntl.flock, handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class SqliteDatabase:
    """`bot.store.engine.Database` on one aiosqlite connection."""

    engine = "sqlite"

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._conn = connection

    @classmethod
    async def open(cls, location: str) -> SqliteDatabase:
        """Open (creating the file and its directory if needed) and configure the database."""
        if location != ":memory:" and not location.startswith("file:"):
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions; transaction() issues BEGIN/COMMIT.
        connection = await aiosqlite.connect(location, isolation_level=None)
        try:
            connection.row_factory = aiosqlite.Row
            for pragma in schema.PRAGMAS:
                await connection.execute(pragma)
        except BaseException:
            await connection.close()
            raise
        return cls(connection)

    async def execute(self, sql: str, params: Params = ()) -> int:
        cursor = await self._conn.execute(sql, params)
        return cursor.rowcount

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        await self._conn.executemany(sql, rows)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return list(await self._conn.execute_fetchall(sql, params))

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = await self._conn.execute_fetchall(sql, params)
        return next(iter(rows), None)

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]

    async def iterate(self, sql: str, params: Params = ()) -> AsyncGenerator[Row, None]:
        async with self._conn.execute(sql, params) as cursor:
            async for row in cursor:
                yield row

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        await self._conn.execute(schema.BEGIN)
        try:
            yield
            await self._conn.execute(schema.COMMIT)
        except BaseException:
            if self._conn.in_transaction:
                try:
                    await self._conn.execute(schema.ROLLBACK)
                except sqlite3.Error:
                    log.exception("Rollback failed")
            raise

    async def script(self, sql: str) -> None:
        # executescript commits nothing itself when no transaction is open (isolation_level
        # None), so the script's own BEGIN ... COMMIT makes it one transaction.
        try:
            await self._conn.executescript(f"{schema.BEGIN};\n{sql}\n;\n{schema.COMMIT};")
        except BaseException:
            if self._conn.in_transaction:
                await self._conn.execute(schema.ROLLBACK)
            raise

    async def close(self) -> None:
        await self._conn.close()
