"""What the contract tests need to say the same thing about both engines."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from bot.store import Store

try:
    import asyncpg

    INTEGRITY_ERRORS: tuple[type[Exception], ...] = (
        sqlite3.IntegrityError,
        asyncpg.IntegrityConstraintViolationError,
    )
except ImportError:  # the postgres runs are skipped without asyncpg
    INTEGRITY_ERRORS = (sqlite3.IntegrityError,)

SQLITE_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
PG_TABLES = """
SELECT table_name FROM information_schema.tables
 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
"""
ALL_ROWS = 'SELECT * FROM "{table}"'  # table names read from the catalog just above


async def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, through a second connection, to compare whole states."""
    if store.engine == "postgres":
        conn = await asyncpg.connect(store.path)
        try:
            tables = [r[0] for r in await conn.fetch(PG_TABLES)]
            return {
                t: sorted((tuple(r) for r in await conn.fetch(ALL_ROWS.format(table=t))), key=repr)
                for t in tables
            }
        finally:
            await conn.close()
    with closing(sqlite3.connect(store.path)) as connection:
        tables = [r[0] for r in connection.execute(SQLITE_TABLES)]
        return {
            t: sorted(connection.execute(ALL_ROWS.format(table=t)).fetchall(), key=repr)
            for t in tables
        }


async def raw_execute(
    store: Store, sqlite_sql: str, postgres_sql: str, params: tuple[object, ...]
) -> None:
    """Run one statement around the store, on a second connection of its engine (to write what
    the store itself never would, and see the schema refuse it)."""
    if store.engine == "postgres":
        conn = await asyncpg.connect(store.path)
        try:
            await conn.execute(postgres_sql, *params)
        finally:
            await conn.close()
        return
    with closing(sqlite3.connect(store.path)) as connection, connection:
        connection.execute(sqlite_sql, params)


async def raw_fetch(
    store: Store, sqlite_sql: str, postgres_sql: str, params: tuple[object, ...] = ()
) -> list[tuple[object, ...]]:
    """The rows of one query around the store, on a second connection of its engine."""
    if store.engine == "postgres":
        conn = await asyncpg.connect(store.path)
        try:
            return [tuple(r) for r in await conn.fetch(postgres_sql, *params)]
        finally:
            await conn.close()
    with closing(sqlite3.connect(store.path)) as connection:
        return connection.execute(sqlite_sql, params).fetchall()
