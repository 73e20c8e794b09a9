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

UPDATE documents SET source = COALESCE(url, source_name);

CREATE INDEX documents_source ON documents (source, anime_id, kind, episode);
