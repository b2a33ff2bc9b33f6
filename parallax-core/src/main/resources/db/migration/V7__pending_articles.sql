-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- The articles whose processing is not finished: a row is written in the same transaction as its article, and
-- removed once the article is in the search index (committed), in a story and that story's brief is built.
-- A process killed in between leaves the row, and the next one to open the pipeline completes the work
-- (dev.parallax.app.Completion), so a crash never leaves a stored article unsearchable or in no story, and
-- re-reading its input (a duplicate) cannot hide it. Ordered by the article's arrival, as it was clustered.
-- No foreign key, as for story_brief: rows are only read by joining the article table.
CREATE TABLE article_pending (
  article_id TEXT PRIMARY KEY,
  seq        BIGINT NOT NULL
);
CREATE INDEX article_pending_seq ON article_pending (seq);

-- A store written before this table may hold articles a crash left in no story: they are pending too.
INSERT INTO article_pending (article_id, seq)
  SELECT a.id, a.seq FROM article a
  WHERE NOT EXISTS (SELECT 1 FROM story_article sa WHERE sa.article_id = a.id);
