-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Stories an editor marked for the home page. No foreign key: a picked story may later be merged away,
-- and the reader simply stops seeing the pick.
CREATE TABLE editor_pick (
  story_id TEXT PRIMARY KEY,
  note     TEXT,
  picked   TEXT NOT NULL
);
