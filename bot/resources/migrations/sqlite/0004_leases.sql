-- 0004: leases (see postgres/0004_leases.sql) are PostgreSQL only: SQLite is one process.
-- This file keeps the numbers of both engines in step; it changes nothing.
SELECT 1;
