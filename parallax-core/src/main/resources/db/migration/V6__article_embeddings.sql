-- Portable SQL: runs unchanged on SQLite and PostgreSQL (BYTEA is a BLOB to SQLite).
-- Each article's sentence embedding as the clusterer made it (the model's name says which model and which
-- text of the article), kept so a restart replays the stories with their embeddings instead of computing
-- them again (a few milliseconds each) or going without. Vectors are IEEE half-precision floats,
-- little-endian. No foreign key: an article's row is written in the same run that stores the article.
CREATE TABLE article_embedding (
  article_id TEXT PRIMARY KEY,
  model      TEXT NOT NULL,
  vector     BYTEA NOT NULL
);
