package dev.parallax.store;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.util.List;
import java.util.Optional;

/** Durable storage of articles and stories. Implementations are thread-safe. */
public interface ArticleStore extends StoryRepository, AutoCloseable {

  /** Stores an article unless one with the same content hash exists. Atomic: all of it or nothing. */
  PutResult put(Article article) throws StoreException;

  Optional<Article> article(String id) throws StoreException;

  Optional<Article> articleByHash(String contentHash) throws StoreException;

  /** All articles in the order they were stored. */
  List<Article> articles() throws StoreException;

  /** Articles stored after the given position in arrival order (0 for all), at most {@code limit}. */
  List<Article> articlesAfter(long sequence, int limit) throws StoreException;

  int articleCount() throws StoreException;

  /** The story an article belongs to, if it has been clustered. */
  Optional<Story> storyOf(String articleId) throws StoreException;

  @Override
  void close() throws StoreException;

  /** The outcome of {@link #put}. */
  sealed interface PutResult {
    String id();

    /** The article was new and is now stored under {@code id}. */
    record Added(String id) implements PutResult {}

    /** An article with the same content already exists under {@code id}. */
    record Duplicate(String id) implements PutResult {}
  }
}
