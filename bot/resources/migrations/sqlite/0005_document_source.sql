-- 0005: a document's source, which identifies it across versions (issue 10 item 11, issue 11).
--
-- The source is the page's canonical URL when it declares one, else the URL it was fetched
-- from, else the file's name. Identical content is still stored once (content_hash, 0001);
-- otherwise a document is the same document as an earlier one when its source, anime, kind
-- and episode are the same, and a new version replaces the old one in place. The index serves
-- that lookup (episode IS ?) and `documents list --source`.
--
-- Documents stored before this migration get the URL or file name they were stored with.

ALTER TABLE documents ADD COLUMN source TEXT;

-- A letter grade ("B+") is kept as written; it is no number on a scale (score_raw, score_value
-- and score_scale stay NULL, and with them score_100) unless the page states one.
ALTER TABLE documents ADD COLUMN score_grade TEXT;

UPDATE documents SET source = COALESCE(url, source_name);

CREATE INDEX documents_source ON documents (source, anime_id, kind, episode);
