-- 0009: each document's verdict and opening excerpt, worked out once at ingest
-- (bot.ingest.detect.verdict) instead of on every /review and announcement.
--
-- verdict:         the reviewer's closing assessment, whitespace-normalised, unescaped
--                  ('' when the document has no review text)
-- verdict_section: the position (sections.position) of the section the verdict comes from
--                  (NULL when there is no verdict); the reader's gate decides from that
--                  section's spoiler/about_episode whether to wrap it
-- opening:         the first whole sentences of the first review section ('' when none)
--
-- NULL verdict means "not worked out yet". SQL cannot run the detector, so the meta key below
-- makes Store.migrate() work out the facts of every document stored before this migration,
-- in Python, right after (as 0003's relink_mentions does for mentions).

ALTER TABLE documents ADD COLUMN verdict TEXT;
ALTER TABLE documents ADD COLUMN verdict_section INTEGER CHECK (verdict_section >= 0);
ALTER TABLE documents ADD COLUMN opening TEXT;

INSERT INTO meta (key, value) VALUES ('document_facts', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
