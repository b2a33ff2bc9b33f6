-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- The outlets an admin marked members-only: everyone sees their headlines and the briefs built from them,
-- only members read their articles in full. (A source's mark is source.members_only, from V3.) No foreign
-- key, as for editor_pick: the mark is about a name the admin chose, and outlets are never deleted.
CREATE TABLE members_only_outlet (
  outlet_id TEXT PRIMARY KEY,
  marked    TEXT NOT NULL
);
