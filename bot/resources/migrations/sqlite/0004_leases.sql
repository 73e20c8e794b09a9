-- 0004: leases — background work (feed polling, announcements) that must run in one process
-- at a time across every process sharing this database (issue 14), as in postgres/0004.
--
-- A lease is held by `holder` until `expires_at` (Unix seconds, from SQLite's own clock);
-- the holder renews it before then, and any process may take it over once it has expired
-- (its holder died or hung). bot/store/leases.py runs the one-statement acquire / renew /
-- release of bot/store/sqlite/leases.py.

CREATE TABLE leases (
    name       TEXT PRIMARY KEY CHECK (length(name) > 0),
    holder     TEXT NOT NULL CHECK (length(holder) > 0),
    expires_at REAL NOT NULL
) STRICT;
