-- 0007: RESERVED for another branch's migration (the lead assigned 0004-0007 elsewhere and
-- 0008 to the AniList cache). Numbers must run without gaps, so this empty file holds the place
-- until that branch's 0007 is merged: then DELETE this file (two files with one number fail
-- loudly, by design). It changes nothing.
SELECT 1;
