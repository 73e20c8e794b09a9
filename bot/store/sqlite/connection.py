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
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store import migrations
from bot.store.engine import Migration, Params, Row, StoreUnavailable
from bot.store.sqlite import schema

log = logging.getLogger(__name__)


SQLITE_HEADER = b"SQLite format 3\x00"
FRESH_START = "move it away (the bot then starts a new store there) or restore it from a backup"


def _check_file(path: Path) -> None:
    """Refuse a path that is a directory, or a non-empty file that is not an SQLite database."""
    try:
        path.stat()
    except FileNotFoundError:
        return  # a new store: created on first use
    except OSError as error:
        raise StoreUnavailable(
            f"The store {path} can't be reached ({error.strerror}); give the bot's user access "
            "to it and its directories, or set DATABASE_PATH elsewhere"
        ) from error
    if path.is_dir():
        raise StoreUnavailable(
            f"The store {path} is a directory; set DATABASE_PATH to a file inside it, "
            f"such as {path / 'reviews.db'}"
        )
    if not path.is_file():
        return  # a new store: created on first use
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreUnavailable(
            f"The store {path} can't be read ({error.strerror}); check its permissions"
        ) from error
    if (header and header != SQLITE_HEADER[: len(header)]) or 0 < len(header) < 16:
        raise StoreUnavailable(
            f"The store {path} is not an SQLite database (perhaps another file was given); "
            "set DATABASE_PATH to the bot's database, or to a new file"
        )


async def _check_database(connection: aiosqlite.Connection, location: str) -> None:
    """Read the whole file's structure, check it is ours (or new) and take a write lock, all
    before the first setting that would change the file."""
    rows = await connection.execute_fetchall(schema.QUICK_CHECK)
    problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
    if problems:
        raise StoreUnavailable(
            f"The store {location} is damaged ({problems[0][:120]}); {FRESH_START}"
        )
    version = await connection.execute_fetchall(schema.GET_USER_VERSION)
    if int(next(iter(version))[0]) == 0:
        foreign = list(await connection.execute_fetchall(schema.ANY_TABLE))
        if foreign:  # tables, but none of our migrations: never change it
            raise StoreUnavailable(
                f"The store {location} holds another application's data (a table "
                f"{str(foreign[0][0])[:60]!r} but none of the bot's migrations); nothing was "
                "changed: set DATABASE_PATH to a new file"
            )
    await connection.execute(schema.PROBE_WRITE)
    await connection.execute(schema.END_PROBE)


def _unusable(location: str, error: sqlite3.Error) -> str:
    """One line for an SQLite error met while opening `location`."""
    text = " ".join(str(error).split())
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return (
            f"The store {location} can't be written ({text}); give the bot's user write "
            "access to the file and its directory, or set DATABASE_PATH elsewhere"
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return f"The store {location} is damaged ({text}); {FRESH_START}"
    return f"The store {location} can't be opened ({text}); {FRESH_START}"


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
        """Open (creating the file and its directory if needed) and configure the database.

        A path that can't hold the bot's database raises `StoreUnavailable` with one line for
        the operator, before anything in the file is changed: a directory, a file that is not
        SQLite, a damaged database, or one that can't be written.
        """
        if location != ":memory:" and not location.startswith("file:"):
            _check_file(Path(location))
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions; transaction() issues BEGIN/COMMIT.
        connection = await aiosqlite.connect(location, isolation_level=None)
        try:
            connection.row_factory = aiosqlite.Row
            await _check_database(connection, location)
            for pragma in schema.PRAGMAS:
                await connection.execute(pragma)
        except sqlite3.Error as error:
            await connection.close()
            raise StoreUnavailable(_unusable(location, error)) from error
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

    async def iterate(
        self, sql: str, params: Params = (), *, batch: int | None = None
    ) -> AsyncGenerator[Row, None]:
        async with self._conn.execute(sql, params) as cursor:
            if batch is not None:
                cursor.iter_chunk_size = batch
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

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """Inside a transaction: undo only this block's statements when it raises."""
        await self._conn.execute(schema.SAVEPOINT)
        try:
            yield
        except BaseException:
            await self._conn.execute(schema.ROLLBACK_TO_SAVEPOINT)
            await self._conn.execute(schema.RELEASE_SAVEPOINT)
            raise
        await self._conn.execute(schema.RELEASE_SAVEPOINT)

    async def script(self, sql: str) -> None:
        # executescript commits nothing itself when no transaction is open (isolation_level
        # None), so the script's own BEGIN ... COMMIT makes it one transaction.
        try:
            await self._conn.executescript(f"{schema.BEGIN};\n{sql}\n;\n{schema.COMMIT};")
        except BaseException:
            if self._conn.in_transaction:
                await self._conn.execute(schema.ROLLBACK)
            raise

    async def migrate(self, found: Sequence[Migration], directory: Path) -> int:
        return await migrations.apply(self, schema, found, directory)

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        # One process owns an SQLite store; its facade calls are serialised already.
        yield

    async def bulk_insert(self, table: str, columns: Sequence[str], rows: list[Params]) -> None:
        # `table` and `columns` come quoted from the database's own catalog (bot/store/copy.py)
        sql = schema.INSERT_ROWS.format(
            table=table, columns=", ".join(columns), placeholders=", ".join("?" * len(columns))
        )
        await self._conn.executemany(sql, rows)

    async def after_bulk_load(self) -> None:
        # Nothing: copied sections were queued for the full-text index by their trigger, and
        # the store indexes that queue (Store.flush_search_index) when a copy ends.
        return

    async def close(self) -> None:
        await self._conn.close()
