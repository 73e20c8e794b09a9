-- 0004: leases — background work (feed polling, announcements) that must run in one process
-- at a time across every process sharing this database (issue 14).
--
-- A lease is held by `holder` until `expires_at`; the holder renews it before then, and any
-- process may take it over once it has expired (its holder died or hung). bot.pg holds the
-- one-statement acquire / renew / release. PostgreSQL only: SQLite is one process.

CREATE TABLE leases (
    name       TEXT PRIMARY KEY CHECK (length(name) > 0),
    holder     TEXT NOT NULL CHECK (length(holder) > 0),
    expires_at TIMESTAMPTZ NOT NULL
);
