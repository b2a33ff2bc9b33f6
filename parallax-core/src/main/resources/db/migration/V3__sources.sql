-- Feed sources and the items already taken from them. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Times are ISO-8601 text like the rest of the schema; flags are 0/1 integers.
CREATE TABLE source (
  id               BIGINT PRIMARY KEY,
  url              TEXT NOT NULL UNIQUE,
  name             TEXT,
  homepage         TEXT,
  icon             TEXT,
  category         TEXT,
  members_only     INTEGER NOT NULL DEFAULT 0,
  interval_seconds INTEGER NOT NULL,
  etag             TEXT,
  last_modified    TEXT,
  last_fetched     TEXT,
  last_success     TEXT,
  next_fetch       TEXT,
  error_count      INTEGER NOT NULL DEFAULT 0,
  last_error       TEXT,
  added            TEXT NOT NULL
);

CREATE TABLE source_item (
  source_id  BIGINT NOT NULL REFERENCES source (id),
  item_key   TEXT NOT NULL,
  article_id TEXT,
  seen       TEXT NOT NULL,
  PRIMARY KEY (source_id, item_key)
);
CREATE INDEX source_item_article ON source_item (article_id);
