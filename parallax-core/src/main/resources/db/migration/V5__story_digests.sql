-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Each story's brief, built when articles arrive rather than when a reader opens the story, with the
-- membership it was built from (a signature of its article ids) so a stale brief is never shown as current.
-- No foreign keys: a story merged away leaves rows that every query joins out through the story table.
CREATE TABLE story_brief (
  story_id  TEXT PRIMARY KEY,
  signature TEXT NOT NULL,
  built     TEXT NOT NULL,
  brief     TEXT NOT NULL
);

-- The people, organisations and places each story names, under a key that folds spelling variants
-- (Sergei/Sergey Lavrov), so one entity can be followed across stories.
CREATE TABLE story_entity (
  story_id   TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  articles   INTEGER NOT NULL,
  PRIMARY KEY (story_id, entity_key)
);
CREATE INDEX story_entity_key ON story_entity (entity_key);

-- Each story's quotes, by the key of their speaker when the speaker is an entity of the story.
CREATE TABLE story_quote (
  story_id    TEXT NOT NULL,
  position    INTEGER NOT NULL,
  speaker_key TEXT,
  speaker     TEXT NOT NULL,
  text        TEXT NOT NULL,
  sources     TEXT NOT NULL,
  PRIMARY KEY (story_id, position)
);
CREATE INDEX story_quote_speaker ON story_quote (speaker_key);
