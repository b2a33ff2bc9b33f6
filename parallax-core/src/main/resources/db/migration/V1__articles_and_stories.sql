-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
CREATE TABLE outlet (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  homepage TEXT
);

CREATE TABLE article (
  id           TEXT PRIMARY KEY,
  outlet_id    TEXT REFERENCES outlet (id),
  url          TEXT,
  file         TEXT,
  title        TEXT,
  byline       TEXT,
  section      TEXT,
  published    TEXT,
  language     TEXT,
  paragraphs   TEXT NOT NULL,
  captions     TEXT NOT NULL,
  removed      TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  ingested     TEXT NOT NULL,
  seq          BIGINT NOT NULL
);
CREATE INDEX article_published ON article (published);
CREATE INDEX article_seq ON article (seq);

CREATE TABLE story (
  id         TEXT PRIMARY KEY,
  title      TEXT,
  first_seen TEXT,
  last_seen  TEXT,
  updated    TEXT NOT NULL
);

CREATE TABLE story_article (
  story_id     TEXT NOT NULL REFERENCES story (id),
  article_id   TEXT NOT NULL REFERENCES article (id),
  position     INTEGER NOT NULL,
  duplicate_of TEXT,
  PRIMARY KEY (article_id)
);
CREATE INDEX story_article_story ON story_article (story_id, position);
