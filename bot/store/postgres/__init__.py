"""The PostgreSQL engine: an asyncpg pool and the SQL of every aggregate.

Chosen by `DATABASE_URL=postgresql://...` (bot.config; `Store.open` / `Store.connect`); needs
the optional extra `pip install .[postgres]` (asyncpg). Importing this package without asyncpg
raises ImportError with a one-line message.

Layout (the same as bot/store/sqlite/; follow it when adding an aggregate):

* ``connection.py``: `PostgresDatabase`, the `bot.store.engine.Database` on a pool, plus the
  pool opener and the advisory-lock helpers (`exclusive`, `seed_once`).
* ``migrations.py``: numbered files from bot/resources/migrations/postgres/, applied in one
  transaction under an advisory lock (processes starting together migrate once); the version
  is recorded in the `schema_version` table.
* ``hooks.py``: `PostgresSearchHooks`, the few search differences that need Python.
* One module of named SQL constants per aggregate, with THE SAME NAMES as the SQLite module of
  that aggregate: ``schema``, ``meta``, ``catalog``, ``documents``, ``characters``,
  ``search``, ``preferences``. Parameters are written natively as ``$1, $2, ...`` (never
  rewritten from ``?`` at run time); the aggregate passes the same parameter tuple to both
  engines, so a ``$n`` may be referenced twice or cast (``$1::bigint IS NULL``).

Adding an aggregate (say ``ratings``):

1. ``bot/resources/migrations/postgres/NNNN_ratings.sql`` (the next free number, the same
   tables as the SQLite migration; BIGINT for snowflakes, BOOLEAN for flags, no BEGIN/COMMIT).
2. ``bot/store/postgres/ratings.py`` with the constants of ``bot/store/sqlite/ratings.py``.
3. Add the module to `Queries` (bot/store/engine.py) and to QUERIES below and in
   bot/store/sqlite/__init__.py.
4. The contract tests in tests/bot/store/ run the facade on both engines.

Translation notes: ``INSERT OR IGNORE`` -> ``ON CONFLICT DO NOTHING``; ``x IS ?`` ->
``x IS NOT DISTINCT FROM $n``; ``json_each(?)`` -> ``jsonb_array_elements_text($n::jsonb)``;
``COLLATE NOCASE`` -> ``lower()``; rowid order -> an identity ``id``; 0/1 flags arrive as
integers: write ``$n::integer <> 0``; reserved words as columns are quoted (``"end"``).
"""

from __future__ import annotations

from bot.store.engine import Queries
from bot.store.postgres import (
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
from bot.store.postgres.connection import PostgresDatabase
from bot.store.postgres.hooks import PostgresSearchHooks

QUERIES = Queries(
    leases=leases,
    feeds=feeds,
    ratings=ratings,
    anilist_cache=anilist_cache,
    schema=schema,
    meta=meta,
    catalog=catalog,
    documents=documents,
    characters=characters,
    search=search,
    preferences=preferences,
    search_hooks=PostgresSearchHooks(),
)

__all__ = ["QUERIES", "PostgresDatabase"]
