-- Version 2: the article's text, so the web UI can show an article with all its events marked. Stores of version 1
-- keep their articles without text; a later ingest of the same articles does not fill it in.
ALTER TABLE articles ADD COLUMN text VARCHAR;
