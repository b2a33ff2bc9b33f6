-- Portable SQL: runs unchanged on SQLite and PostgreSQL. (BYTEA gives the column NUMERIC affinity in SQLite,
-- which stores a BLOB value as it is.)
-- Each article's sentence embedding as the clusterer made it (the model's name says which model and which
-- text of the article), kept so a restart replays the stories with their embeddings: the replay computes
-- none (a few milliseconds each), and without them restored stories are matched on words and names alone.
-- Vectors are IEEE half-precision floats, little-endian. Rows are only ever read by article id, as for
-- story_brief; no foreign key, so the row of an article is written after its story without ordering rules.
CREATE TABLE article_embedding (
  article_id TEXT PRIMARY KEY,
  model      TEXT NOT NULL,
  vector     BYTEA NOT NULL
);
