package dev.parallax.feed;

import dev.parallax.store.StoreException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Durable sources, their polling state and the items already taken from them. Thread-safe. */
public interface SourceStore extends AutoCloseable {

  /** Adds a source, or returns the existing one with the same URL unchanged. */
  AddResult add(NewSource source) throws StoreException;

  List<Source> sources() throws StoreException;

  Optional<Source> source(long id) throws StoreException;

  Optional<Source> sourceByUrl(String url) throws StoreException;

  /** Removes a source and its item records; articles already taken from it stay. */
  boolean remove(long id) throws StoreException;

  void updateStatus(long id, Source.Status status) throws StoreException;

  /** Moves a source to a new feed URL (after a permanent redirect); false if another source has that URL. */
  boolean updateUrl(long id, String url) throws StoreException;

  /** Of the given item keys, those already taken from the source. */
  Set<String> seenItems(long sourceId, Set<String> itemKeys) throws StoreException;

  /** Records an item as taken, with the article it became (null when it was not stored). */
  void markSeen(long sourceId, String itemKey, String articleId) throws StoreException;

  /** Records items as taken (item key to article id, which may be null), all in one transaction. */
  void markSeen(long sourceId, java.util.Map<String, String> articleIdByItemKey) throws StoreException;

  /** The source an article came from, if it came from one (for members-only display). */
  Optional<Source> sourceOfArticle(String articleId) throws StoreException;

  @Override
  void close() throws StoreException;

  /** The outcome of {@link #add}. */
  sealed interface AddResult {
    Source source();

    record Added(Source source) implements AddResult {}

    record Existing(Source source) implements AddResult {}
  }
}
