-- Placeholder so this branch's 0007_feeds.sql applies (migrations run 1, 2, 3... without gaps).
-- Migration 0004 belongs to another branch: DELETE THIS FILE when merging wip/feeds.
SELECT 1;
