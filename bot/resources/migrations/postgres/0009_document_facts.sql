-- 0009: each document's verdict and opening excerpt, worked out once at ingest
-- (see sqlite/0009_document_facts.sql for what each column holds).
--
-- NULL verdict means "not worked out yet"; the meta key below makes the store's migrate work
-- out the facts of every document stored before this migration, in Python, right after.

ALTER TABLE documents
    ADD COLUMN verdict TEXT,
    ADD COLUMN verdict_section INTEGER CHECK (verdict_section >= 0),
    ADD COLUMN opening TEXT;

INSERT INTO meta (key, value) VALUES ('document_facts', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
