"""Leases: background work held by one process at a time (SQLite).

Named statements with `?` parameters; the same names and parameters (name, holder, seconds)
as bot/store/postgres/leases.py, so bot/store/leases.py runs either. Time is SQLite's own
clock in Unix seconds, `(julianday('now') - 2440587.5) * 86400.0`: every process on the
machine reads the same one.
"""

from __future__ import annotations

# Params: name, holder, seconds. Returns a row when `holder` now holds the lease: it was free,
# expired, or already held by `holder` (then it is extended).
ACQUIRE_LEASE = """
INSERT INTO leases (name, holder, expires_at)
VALUES (?1, ?2, (julianday('now') - 2440587.5) * 86400.0 + ?3)
ON CONFLICT (name) DO UPDATE
   SET holder = excluded.holder, expires_at = excluded.expires_at
 WHERE leases.holder = excluded.holder
    OR leases.expires_at <= (julianday('now') - 2440587.5) * 86400.0
RETURNING expires_at
"""

# Params: name, holder, seconds. Returns a row only while `holder` still holds an unexpired
# lease: once it has expired, another process may have taken the work over.
RENEW_LEASE = """
UPDATE leases
   SET expires_at = (julianday('now') - 2440587.5) * 86400.0 + ?3
 WHERE name = ?1 AND holder = ?2 AND expires_at > (julianday('now') - 2440587.5) * 86400.0
RETURNING expires_at
"""

# Params: name, holder. Returns a row when `holder` held it (expired or not).
RELEASE_LEASE = "DELETE FROM leases WHERE name = ?1 AND holder = ?2 RETURNING name"
