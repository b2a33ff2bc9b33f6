package dev.parallax.search;

import dev.parallax.domain.Article;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** A text index over articles. Writes become visible to {@link #search} after {@link #commit}. */
public interface SearchIndex extends AutoCloseable {

  /** Adds or replaces the article (keyed by id). */
  void index(Article article) throws IOException;

  /** Removes the article if it is indexed (visible after {@link #commit}). */
  void delete(String articleId) throws IOException;

  /** The ids of every article indexed and committed, for a consistency check against the store. */
  Set<String> ids() throws IOException;

  /** Makes everything indexed so far durable and searchable. */
  void commit() throws IOException;

  /** Best matches first. The query uses Lucene's classic syntax ("phrase", title:word, -word). */
  List<Hit> search(String query, int limit) throws IOException, InvalidQueryException;

  int size() throws IOException;

  /**
   * Whether every article is indexed the way this version searches; false for an index written by an
   * older version until {@code parallax reindex} rewrites it (searches still work, more slowly).
   */
  boolean current() throws IOException;

  @Override
  void close() throws IOException;

  /** One search result. */
  record Hit(String articleId, float score, String title) {}

  /** A query that cannot be parsed, with the parser's explanation. */
  final class InvalidQueryException extends Exception {
    public InvalidQueryException(String query, String reason) {
      super("invalid query \"" + query + "\": " + reason);
    }
  }
}
