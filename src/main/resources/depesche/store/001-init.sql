-- Version 1 of the store: articles, their events (the full record beside the columns queries filter on), and
-- the clusters that merge the events of many reports into one real-world event.
CREATE TABLE articles (
  id        VARCHAR PRIMARY KEY,   -- the article's own id, else its URL, else its text hash
  url       VARCHAR,
  title     VARCHAR,
  published DATE,
  language  VARCHAR,
  source    VARCHAR,               -- where it was ingested from: file, feed or URL
  text_hash VARCHAR NOT NULL,      -- SHA-256 of the text: the same story under another URL is not stored twice
  ingested  TIMESTAMP NOT NULL
);
-- No secondary indexes: DuckDB 1.5 answered look-ups through them wrongly after replaying the log of a process
-- that was killed (kill -9), which let a second ingest store articles twice; scans are fast at these sizes.

CREATE TABLE clusters (
  id             BIGINT PRIMARY KEY,
  cameo          VARCHAR NOT NULL,  -- the representative's code
  root           VARCHAR NOT NULL,
  source_key     VARCHAR,
  target_key     VARCHAR,
  event_day      DATE,              -- the day the event took place, as first reported
  first_seen     DATE,              -- publication date of the first and last report
  last_seen      DATE,
  mentions       INTEGER NOT NULL,  -- events merged into it
  articles       INTEGER NOT NULL,  -- distinct articles among them
  representative VARCHAR NOT NULL   -- the id of the event that stands for the cluster
);

CREATE TABLE events (
  id              VARCHAR PRIMARY KEY,
  article_id      VARCHAR NOT NULL,
  cluster_id      BIGINT NOT NULL,
  sentence        INTEGER,
  evidence        VARCHAR,
  trigger_word    VARCHAR,
  cameo           VARCHAR NOT NULL,
  root            VARCHAR NOT NULL,
  plover          VARCHAR,
  quad_class      INTEGER,
  goldstein       DOUBLE,
  source_code     VARCHAR,
  source_key      VARCHAR,           -- the country, else the organisation
  source_country  VARCHAR,
  source_org      VARCHAR,
  source_sector   VARCHAR,
  source_name     VARCHAR,
  target_code     VARCHAR,
  target_key      VARCHAR,
  target_country  VARCHAR,
  target_org      VARCHAR,
  target_sector   VARCHAR,
  target_name     VARCHAR,
  date_value      VARCHAR,
  date_precision  VARCHAR,
  date_basis      VARCHAR,
  event_day       DATE,              -- the first day the date covers; null when unknown
  published       DATE,
  modality        VARCHAR,
  reported        BOOLEAN,
  amount_value    DOUBLE,
  amount_unit     VARCHAR,           -- a currency code, or people, weapons
  record          VARCHAR NOT NULL   -- the event record of CONTRACT.md, as JSON
);

-- Actors as events name them, with how often and the name they go by most.
CREATE VIEW actors AS
  SELECT key, mode(name) AS name, count(*) AS events FROM (
    SELECT source_key AS key, source_name AS name FROM events WHERE source_key IS NOT NULL
    UNION ALL
    SELECT target_key, target_name FROM events WHERE target_key IS NOT NULL)
  GROUP BY key;
