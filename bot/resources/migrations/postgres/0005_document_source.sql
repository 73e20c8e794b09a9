-- 0005: a document's source, which identifies it across versions (issue 10 item 11, issue 11;
-- see sqlite/0005_document_source.sql for why).
--
-- The source is the page's canonical URL when it declares one, else the URL it was fetched
-- from, else the file's name. The same source, anime, kind and episode (IS NOT DISTINCT FROM)
-- is the same document: a new version replaces the old one in place.

ALTER TABLE documents ADD COLUMN source TEXT;

-- A letter grade ("B+") is kept as written; it is no number on a scale (score_raw, score_value
-- and score_scale stay NULL, and with them score_100) unless the page states one.
ALTER TABLE documents ADD COLUMN score_grade TEXT;

UPDATE documents SET source = COALESCE(url, source_name);

CREATE INDEX documents_source ON documents (source, anime_id, kind, episode);
