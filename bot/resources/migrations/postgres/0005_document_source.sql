-- 0005: a document's source, which identifies it across versions (issue 10 item 11, issue 11;
-- see sqlite/0005_document_source.sql for why).
--
-- The source is the page's canonical URL when it declares one, else the URL it was fetched
-- from, else the file's name. The same source, anime, kind and episode (IS NOT DISTINCT FROM)
-- is the same document: a new version replaces the old one in place.

ALTER TABLE documents ADD COLUMN source TEXT;

UPDATE documents SET source = COALESCE(url, source_name);

CREATE INDEX documents_source ON documents (source, anime_id, kind, episode);
