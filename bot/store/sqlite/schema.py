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
)

GET_USER_VERSION = "PRAGMA user_version"

# changes whenever another connection commits to the database file (bot/store/changes.py)
DATA_VERSION = "PRAGMA data_version"

HAS_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"

# PRAGMA cannot take a `?` parameter; the value is always an `int` parsed from a file name
# and formatted with `%d`, so nothing but digits can ever reach this statement.
SET_USER_VERSION = "PRAGMA user_version = %d"

BEGIN = "BEGIN IMMEDIATE"

COMMIT = "COMMIT"

ROLLBACK = "ROLLBACK"
