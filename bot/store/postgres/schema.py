"""Schema version, advisory locks and catalog look-ups (PostgreSQL).

Named statements with `$n` parameters. The schema version lives in the `schema_version` table
(made by migration 0001) where SQLite uses PRAGMA user_version.
"""

from __future__ import annotations

# Advisory lock keys: one bigint namespace per database, shared with anything else using
# advisory locks there, so the keys are spelled from the project's name ("rouge" in ASCII).
MIGRATION_LOCK = 0x726F_7567_6500_0001
SEED_LOCK = 0x726F_7567_6500_0002  # first-start work: seeding, catalog sync

LOCK_MIGRATIONS = "SELECT pg_advisory_xact_lock($1)"
ADVISORY_LOCK = "SELECT pg_advisory_lock($1)"
ADVISORY_UNLOCK = "SELECT pg_advisory_unlock($1)"

HAS_SCHEMA_VERSION = "SELECT to_regclass('schema_version') IS NOT NULL"
GET_USER_VERSION = "SELECT coalesce(max(version), 0) FROM schema_version"
RECORD_SCHEMA_VERSION = "INSERT INTO schema_version (version, name) VALUES ($1, $2)"

HAS_TABLE = """
SELECT 1 FROM information_schema.tables
 WHERE table_schema = current_schema() AND table_name = $1
"""

# ---------------------------------------------------------------- db copy (bot/store/copy.py)

# The engine's own bookkeeping, never copied between engines: the migration record, and the
# leases of running processes (0004).
ENGINE_TABLES = frozenset({"schema_version", "leases"})

LIST_TABLES = """
SELECT table_name AS name FROM information_schema.tables
 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
 ORDER BY table_name
"""

# Columns a copy reads and writes under another name (none: SQLite's rowid order is `id`).
COLUMN_ALIASES: dict[str, dict[str, str]] = {}

# Columns a copy writes: generated ones (sections.search) are computed by the target.
LIST_COLUMNS = """
SELECT column_name AS name, data_type AS type FROM information_schema.columns
 WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
 ORDER BY ordinal_position
"""

# The tables a table's foreign keys point at (other than itself).
REFERENCED_TABLES = """
SELECT DISTINCT confrelid::regclass::text AS name FROM pg_constraint
 WHERE contype = 'f' AND conrelid = $1::regclass AND confrelid <> conrelid
"""

IDENTITY_COLUMNS = """
SELECT table_name, column_name FROM information_schema.columns
 WHERE table_schema = current_schema() AND is_identity = 'YES'
 ORDER BY table_name
"""

# Templates for statements over a table found above: `{table}` and `{columns}` are filled
# only with identifiers read from the database's own catalog, each double-quoted by
# bot.store.copy.quote. Values are always parameters (or COPY records).
COUNT_ROWS = "SELECT count(*) FROM {table}"
SELECT_ROWS = "SELECT {columns} FROM {table}"
DELETE_ROWS = "DELETE FROM {table}"
# after a copy kept the ids: the next generated id follows the largest copied one
RESET_IDENTITY = (
    "SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max({column}), 0) + 1, false) "
    "FROM {table}"
)
