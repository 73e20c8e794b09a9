-- 0004: nothing to do on SQLite. PostgreSQL's 0004 adds leases (background work that must run
-- in one process at a time); SQLite is one process. This file keeps both engines' migration
-- numbers aligned, so a feature's migration has the same number on each.
SELECT 1;
