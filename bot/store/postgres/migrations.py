"""Numbered PostgreSQL migrations, applied once across every process sharing the database.

Everything pending runs in one transaction holding a transaction-level advisory lock:
processes starting together queue on the lock, and each one after the first finds the schema
current. A failing file rolls the whole run back. The files are checked (numbering, names) by
bot/store/migrations.py, as SQLite's are; the version is recorded in `schema_version`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import asyncpg

from bot.store.engine import Migration
from bot.store.migrations import MigrationError, read_migrations
from bot.store.postgres import schema

log = logging.getLogger(__name__)


async def apply(pool: asyncpg.Pool, found: Sequence[Migration], directory: Path) -> int:
    """Apply every migration of `found` above the recorded version; return the version."""
    latest = found[-1][0] if found else 0
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(schema.LOCK_MIGRATIONS, schema.MIGRATION_LOCK)
        version = 0
        if await conn.fetchval(schema.HAS_SCHEMA_VERSION):
            version = int(await conn.fetchval(schema.GET_USER_VERSION))
        if version > latest:
            raise MigrationError(
                f"The database is at schema version {version} but the newest migration "
                f"in {directory} is {latest}."
            )
        for number, path, script in found:
            if number <= version:
                continue
            await conn.execute(script)  # no arguments: the simple protocol, many statements
            await conn.execute(schema.RECORD_SCHEMA_VERSION, number, path.name)
            log.info("Applied migration %s", path.name)
    return max(version, latest)


async def migrate(pool: asyncpg.Pool, directory: Path) -> int:
    """Check the files of `directory`, then `apply` them (see the module's docstring)."""
    return await apply(pool, read_migrations(directory), directory)
