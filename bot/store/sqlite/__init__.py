"""The SQLite engine: the aiosqlite connection and the SQL of every aggregate."""

from __future__ import annotations

from bot.store.engine import Queries
from bot.store.sqlite import (
    anilist_cache,
    catalog,
    characters,
    documents,
    feeds,
    leases,
    meta,
    preferences,
    ratings,
    schema,
    search,
)
from bot.store.sqlite.connection import SqliteDatabase, migration_lock
from bot.store.sqlite.hooks import SqliteSearchHooks

QUERIES = Queries(
    schema=schema,
    meta=meta,
    catalog=catalog,
    documents=documents,
    characters=characters,
    search=search,
    preferences=preferences,
    anilist_cache=anilist_cache,
    search_hooks=SqliteSearchHooks(),
    ratings=ratings,
    feeds=feeds,
    leases=leases,
)

__all__ = ["QUERIES", "SqliteDatabase", "migration_lock"]
