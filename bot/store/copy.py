"""`python -m bot db copy FROM TO [--force]`: a whole store from one engine to another.

FROM and TO are each an SQLite file path or a `postgresql://` URL. Both stores are opened and
migrated to the newest schema; then every table the two share (each engine's bookkeeping
aside: SQLite's full-text queue, PostgreSQL's schema_version and leases) is copied with its
ids, parents before children, in one transaction on the target. PostgreSQL's identities are
then moved past the copied ids, SQLite's full-text index is built, and each table's row count
is checked against the source. A target holding any row is refused unless `--force`, which
replaces its contents. Stop the bot on both stores while copying.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from bot.store import Store
from bot.store.engine import Database, Params
from bot.store.location import is_postgres_dsn, redact

log = logging.getLogger(__name__)

BATCH_ROWS = 5000  # rows per insert batch


class CopyError(RuntimeError):
    """The copy cannot (or did not) happen as asked; the message is one line for the operator."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    table: str
    rows: int


def quote(identifier: str) -> str:
    """An identifier read from a database's own catalog, double-quoted for SQL."""
    return '"' + identifier.replace('"', '""') + '"'


async def _tables(db: Database, schema: ModuleType) -> list[str]:
    found = [r["name"] for r in await db.fetchall(schema.LIST_TABLES)]
    return [t for t in found if t not in schema.ENGINE_TABLES]


async def _columns(db: Database, schema: ModuleType, table: str) -> list[str]:
    """The table's columns by their shared names (an engine may keep one under another)."""
    found = [r["name"] for r in await db.fetchall(schema.LIST_COLUMNS, (table,))]
    return found + [c for c in schema.COLUMN_ALIASES.get(table, {}) if c not in found]


def _physical(schema: ModuleType, table: str, columns: Sequence[str]) -> list[str]:
    """`columns` as the engine names them, quoted ("id" of character_aliases: SQLite's rowid)."""
    aliases = schema.COLUMN_ALIASES.get(table, {})
    return [quote(aliases.get(c, c)) for c in columns]


async def _parents_first(db: Database, schema: ModuleType, tables: Sequence[str]) -> list[str]:
    """`tables` ordered so that every table comes after those its foreign keys point at."""
    wanted = set(tables)
    parents = {
        t: {r["name"] for r in await db.fetchall(schema.REFERENCED_TABLES, (t,))} & wanted - {t}
        for t in tables
    }
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = sorted(t for t in tables if t not in ordered and parents[t] <= set(ordered))
        if not ready:
            raise CopyError(f"foreign keys form a cycle among {sorted(wanted - set(ordered))}")
        ordered.extend(ready)
    return ordered


async def _count(db: Database, schema: ModuleType, table: str) -> int:
    return int(await db.fetchval(schema.COUNT_ROWS.format(table=quote(table))))


async def copy_store(
    source: Store,
    target: Store,
    *,
    force: bool = False,
    progress: Callable[[TableCopy], None] | None = None,
) -> list[TableCopy]:
    """Copy every shared table of `source` into `target` (both migrated); see the module."""
    src, dst = source.database, target.database
    src_schema, dst_schema = source.queries.schema, target.queries.schema
    source_tables = await _tables(src, src_schema)
    target_tables = set(await _tables(dst, dst_schema))
    missing = [t for t in source_tables if t not in target_tables]
    for table in missing:
        if await _count(src, src_schema, table):
            raise CopyError(f"the target has no table {table!r}: is its code older?")
    tables = await _parents_first(dst, dst_schema, [t for t in source_tables if t in target_tables])

    columns: dict[str, list[str]] = {}
    for table in tables:
        have = set(await _columns(dst, dst_schema, table))
        cols = await _columns(src, src_schema, table)
        lost = [c for c in cols if c not in have]
        if lost:
            raise CopyError(f"the target's table {table!r} has no column {lost[0]!r}")
        columns[table] = cols

    occupied = [t for t in tables if await _count(dst, dst_schema, t)]
    if occupied and not force:
        raise CopyError(
            f"the target is not empty ({', '.join(occupied)}); use --force to replace it"
        )

    copied: list[TableCopy] = []
    async with dst.transaction():
        for table in reversed(tables):
            await dst.execute(dst_schema.DELETE_ROWS.format(table=quote(table)))
        for table in tables:
            names = _physical(dst_schema, table, columns[table])
            select = src_schema.SELECT_ROWS.format(
                table=quote(table), columns=", ".join(_physical(src_schema, table, columns[table]))
            )
            batch: list[Params] = []
            rows = 0
            async with aclosing(src.iterate(select)) as found:
                async for row in found:
                    batch.append(tuple(row[i] for i in range(len(names))))
                    if len(batch) >= BATCH_ROWS:
                        await dst.bulk_insert(quote(table), names, batch)
                        rows += len(batch)
                        batch = []
            if batch:
                await dst.bulk_insert(quote(table), names, batch)
                rows += len(batch)
            done = TableCopy(table, rows)
            copied.append(done)
            if progress is not None:
                progress(done)
        await dst.after_bulk_load()
    await target.forget_caches()
    await target.flush_search_index()

    for done in copied:
        want = await _count(src, src_schema, done.table)
        got = await _count(dst, dst_schema, done.table)
        if not want == got == done.rows:
            raise CopyError(
                f"{done.table}: {want} rows in the source, {got} in the target after the copy"
            )
    return copied


def _open_location(location: str, *, must_exist: bool) -> str:
    if is_postgres_dsn(location):
        return location
    if must_exist and not Path(location).is_file():
        raise CopyError(f"no SQLite store at {location}")
    return location


async def copy_command(source: str, target: str, *, force: bool) -> int:
    """`db copy`: print one line per table and a summary; return the exit status."""
    if source == target:
        raise CopyError("FROM and TO are the same store")
    started = time.perf_counter()
    async with (
        await Store.open(_open_location(source, must_exist=True)) as src,
        await Store.open(_open_location(target, must_exist=False)) as dst,
    ):
        await src.migrate()
        await dst.migrate()
        copied = await copy_store(
            src,
            dst,
            force=force,
            progress=lambda t: print(f"{t.table}: {t.rows} {'row' if t.rows == 1 else 'rows'}"),
        )
    total = sum(t.rows for t in copied)
    print(
        f"Copied {total} rows in {len(copied)} tables from {redact(source)} to "
        f"{redact(target)} in {time.perf_counter() - started:.1f} s; counts verified."
    )
    return 0
