"""The SQLite engine: the aiosqlite connection and the SQL of every aggregate."""

from __future__ import annotations

from bot.store.engine import Queries
from bot.store.sqlite import (
    catalog,
    characters,
    documents,
    leases,
    meta,
    preferences,
    schema,
    search,
)
from bot.store.sqlite.connection import SqliteDatabase, migration_lock

QUERIES = Queries(
    schema=schema,
    meta=meta,
    catalog=catalog,
    documents=documents,
    characters=characters,
    search=search,
    preferences=preferences,
    leases=leases,
)

__all__ = ["QUERIES", "SqliteDatabase", "migration_lock"]
