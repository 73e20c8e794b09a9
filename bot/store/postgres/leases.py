"""Leases: background work held by one process at a time (PostgreSQL, migration 0004).

Named statements with `$n` parameters, the same names and parameters (name, holder, seconds)
as bot/store/sqlite/leases.py, so bot/store/leases.py runs either. Time is the database
server's clock, which every process sharing it reads alike.
"""

from __future__ import annotations

# Params: name, holder, seconds. Returns a row when `holder` now holds the lease: it was free,
# expired, or already held by `holder` (then it is extended).
ACQUIRE_LEASE = """
INSERT INTO leases AS l (name, holder, expires_at)
VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3))
ON CONFLICT (name) DO UPDATE
   SET holder = excluded.holder, expires_at = excluded.expires_at
 WHERE l.holder = excluded.holder OR l.expires_at <= clock_timestamp()
RETURNING l.expires_at
"""
# Params: name, holder, seconds. Returns a row only while `holder` still holds an unexpired
# lease: once it has expired, another process may have taken the work over.
RENEW_LEASE = """
UPDATE leases
   SET expires_at = clock_timestamp() + make_interval(secs => $3)
 WHERE name = $1 AND holder = $2 AND expires_at > clock_timestamp()
RETURNING expires_at
"""
# Params: name, holder. Returns a row when `holder` held it (expired or not).
RELEASE_LEASE = "DELETE FROM leases WHERE name = $1 AND holder = $2 RETURNING name"
