"""Numbered migrations: NNNN_description.sql files applied in order, once each.

The files live per engine in `bot.paths.migrations_dir(engine)`; the schema version is kept
by the engine (SQLite: PRAGMA user_version). Each file runs in its own transaction together
with its version bump, so a failing file leaves the database at the previous version.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from bot.store.engine import Database

log = logging.getLogger(__name__)

_MIGRATION_FILE = re.compile(r"^(\d+)_[^/\\]+\.sql$")


class MigrationError(RuntimeError):
    """The migrations directory is inconsistent (gap, duplicate, bad name) or behind the DB."""


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


def read_migrations(directory: Path) -> list[tuple[int, Path, str]]:
    """(number, path, script) of every migration, checked before the database is touched."""
    return [(n, p, p.read_text(encoding="utf-8")) for n, p in migration_files(directory)]


async def apply(
    db: Database,
    schema: ModuleType,
    migrations: Sequence[tuple[int, Path, str]],
    directory: Path,
) -> int:
    """Apply every migration above the database's version; return the version reached."""
    version = int(await db.fetchval(schema.GET_USER_VERSION))
    latest = migrations[-1][0] if migrations else 0
    if version > latest:
        raise MigrationError(
            f"The database is at schema version {version} but the newest migration "
            f"in {directory} is {latest}."
        )
    for number, path, script in migrations:
        if number <= version:
            continue
        try:
            # A script cannot take parameters; it is our own file, run in one transaction
            # with the version bump (an int, formatted with %d).
            await db.script(f"{script}\n;\n{schema.SET_USER_VERSION % int(number)};")
        except BaseException:
            log.exception("Migration %s failed; rolled back", path.name)
            raise
        log.info("Applied migration %s", path.name)
        version = number
    return version


async def has_table(db: Database, schema: ModuleType, name: str) -> bool:
    return await db.fetchone(schema.HAS_TABLE, (name,)) is not None
