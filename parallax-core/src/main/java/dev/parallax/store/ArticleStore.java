package dev.parallax.store;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Durable storage of articles and stories. Implementations are thread-safe. */
public interface ArticleStore extends StoryRepository, AutoCloseable {

  /**
   * Stores an article unless one with the same content hash exists, and marks it pending (see {@link
   * #pendingArticles}) in the same transaction. Atomic: all of it or nothing.
   */
  PutResult put(Article article) throws StoreException;

  Optional<Article> article(String id) throws StoreException;

  Optional<Article> articleByHash(String contentHash) throws StoreException;

  /** The articles with these ids, in the order given; ids not stored are skipped. One query, not one per id. */
  List<Article> articles(List<String> ids) throws StoreException;

  /** All articles in the order they were stored. */
  List<Article> articles() throws StoreException;

  /** Articles stored after the given position in arrival order (0 for all), at most {@code limit}. */
  List<Article> articlesAfter(long sequence, int limit) throws StoreException;

  int articleCount() throws StoreException;

  /** The ids of the most recently stored articles, newest first, at most {@code limit}. */
  List<String> latestArticleIds(int limit) throws StoreException;

  /** The story an article belongs to, if it has been clustered. */
  Optional<Story> storyOf(String articleId) throws StoreException;

  @Override
  void close() throws StoreException;

  // --- work a run left unfinished: the store is the log, the index, stories and briefs follow it ------

  /**
   * The oldest pending articles, in arrival order, at most {@code limit}: stored, but not yet known to be
   * indexed (committed), in a story and briefed with it. A run settles them when it is done; what a crash
   * leaves pending the next run completes.
   */
  List<Article> pendingArticles(int limit) throws StoreException;

  int pendingCount() throws StoreException;

  /** Marks stored articles pending again, so the next completion indexes, clusters and briefs them. */
  void markPending(Collection<String> articleIds) throws StoreException;

  /** The work on these articles is done. */
  void settle(Collection<String> articleIds) throws StoreException;

  /** The work on every member of these stories is done (after they were briefed). */
  void settleStories(Collection<String> storyIds) throws StoreException;

  /** Every story's member ids in member order, stories without members included, by story id. One query. */
  Map<String, List<String>> memberships() throws StoreException;

  // --- for the web app (parallax-server): listings without bodies, and editors' picks ----------------

  /** One row per stored article with its story (null until clustered), in arrival order; bodies not read. */
  List<Coverage> coverage() throws StoreException;

  /** Stories an editor marked, most recent pick first. */
  List<Pick> picks() throws StoreException;

  /** Marks a story as an editors' pick (replacing the note if already picked). */
  void pick(String storyId, String note) throws StoreException;

  /** Removes the mark; returns whether the story was picked. */
  boolean unpick(String storyId) throws StoreException;

  /** An article's place in listings: its outlet, story and times, without the body. */
  record Coverage(
      String articleId,
      String storyId,
      String outletId,
      String outletName,
      String title,
      Instant published,
      Instant ingested,
      long seq) {}

  /** A story an editor marked, with an optional note shown to readers. */
  record Pick(String storyId, String note, Instant picked) {}

  /** The outcome of {@link #put}. */
  sealed interface PutResult {
    String id();

    /** The article was new and is now stored under {@code id}. */
    record Added(String id) implements PutResult {}

    /** An article with the same content already exists under {@code id}. */
    record Duplicate(String id) implements PutResult {}
  }
}
