"""Connection set-up, schema version and transaction statements (SQLite).

Named statements with `?` parameters; the aggregate modules in bot/store run them.
"""

from __future__ import annotations

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -16384",  # 16 MiB of page cache
    # checkpoint every ~16 MiB of WAL instead of 4 MiB: each checkpoint syncs, and with
    # per-document commits the default one costs about a third of every commit
    "PRAGMA wal_autocheckpoint = 4096",
    # statement journals (and any temporary b-tree) in memory: in a file they were ~380 MB of
    # writes for 10,000 ingested documents, a fifth of the storing core's system time
    "PRAGMA temp_store = MEMORY",
)

GET_USER_VERSION = "PRAGMA user_version"

# changes whenever another connection commits to the database file (bot/store/changes.py)
DATA_VERSION = "PRAGMA data_version"

HAS_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"

# Any table at all (SQLite's own excepted): a database at version 0 with tables is not ours.
ANY_TABLE = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1"
)

QUICK_CHECK = "PRAGMA quick_check"

# A write lock taken and given back at once: proves the file can be written before anything is.
PROBE_WRITE = "BEGIN IMMEDIATE"
END_PROBE = "ROLLBACK"

# PRAGMA cannot take a `?` parameter; the value is always an `int` parsed from a file name
# and formatted with `%d`, so nothing but digits can ever reach this statement.
SET_USER_VERSION = "PRAGMA user_version = %d"

BEGIN = "BEGIN IMMEDIATE"

COMMIT = "COMMIT"

ROLLBACK = "ROLLBACK"

# ---------------------------------------------------------------- db copy (bot/store/copy.py)

# The engine's own bookkeeping, never copied between engines: the full-text queue (sections
# copied in are queued by its trigger and indexed when the copy ends).
ENGINE_TABLES = frozenset({"sections_fts_pending"})

# Ordinary tables: neither SQLite's own, nor a virtual table (FTS5), nor a virtual table's
# shadow tables (sections_fts_data, ...), which the engine derives itself.
LIST_TABLES = r"""
SELECT t.name FROM sqlite_master AS t
 WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
   AND t.sql NOT LIKE 'CREATE VIRTUAL TABLE%'
   AND NOT EXISTS (SELECT 1 FROM sqlite_master AS v
                    WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
                      AND t.name LIKE v.name || '\_%' ESCAPE '\')
 ORDER BY t.name
"""

# Columns a copy reads and writes under another name: character_aliases keeps the catalog's
# order in its rowid, which PostgreSQL keeps in an identity column `id` (see its 0001).
COLUMN_ALIASES = {"character_aliases": {"id": "rowid"}}

# Columns a copy writes (hidden = 0: neither a virtual table's hidden column nor generated).
LIST_COLUMNS = "SELECT name, type FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid"

# The tables a table's foreign keys point at (other than itself).
REFERENCED_TABLES = 'SELECT DISTINCT "table" AS name FROM pragma_foreign_key_list(?)'

# Templates for statements over a table found above: `{table}`, `{columns}` and
# `{placeholders}` are filled only with identifiers read from the database's own catalog
# (double-quoted by bot.store.copy.quote) and `?` marks. Values are always parameters.
COUNT_ROWS = "SELECT count(*) FROM {table}"
SELECT_ROWS = "SELECT {columns} FROM {table}"
DELETE_ROWS = "DELETE FROM {table}"
INSERT_ROWS = "INSERT INTO {table} ({columns}) VALUES ({placeholders})"

# One savepoint per file inside a batch's transaction (ingest): a failing file is rolled back
# to it alone. The name is fixed; savepoints are never nested here.
SAVEPOINT = "SAVEPOINT document"

RELEASE_SAVEPOINT = "RELEASE SAVEPOINT document"

ROLLBACK_TO_SAVEPOINT = "ROLLBACK TO SAVEPOINT document"
