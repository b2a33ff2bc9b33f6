package dev.parallax.members;

import dev.parallax.store.StoreException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which outlets and sources are members-only, and so which articles. An article is members-only when its
 * outlet is marked, or when it was taken from a marked source (as any of its sources, duplicates included: the
 * mark errs on the side of the member). An article whose source is not known yet (stored by a poll that has
 * not recorded its items) counts as members-only while any source is marked, so a new item is never shown
 * in full in the moment between being stored and being linked to its source. Thread-safe.
 */
public interface MembersOnlyStore extends AutoCloseable {

  /** What marking or unmarking did. */
  enum Change {
    CHANGED,
    /** It was already so. */
    UNCHANGED,
    /** No such outlet or source: nothing was marked. */
    UNKNOWN
  }

  /** A stored outlet, with its mark. */
  record OutletMark(String id, String name, boolean membersOnly) {}

  /** A source, with its mark. */
  record SourceMark(long id, String url, String name, boolean membersOnly) {}

  /** Marks ({@code on}) or unmarks an outlet, named by its id or its name. */
  Change markOutlet(String idOrName, boolean on) throws StoreException;

  /** Marks ({@code on}) or unmarks a source by its id. */
  Change markSource(long sourceId, boolean on) throws StoreException;

  /** Every stored outlet with its mark, by name. */
  List<OutletMark> outlets() throws StoreException;

  /** Every source with its mark, by id. */
  List<SourceMark> sources() throws StoreException;

  /** The ids of the marked outlets, in order. */
  List<String> markedOutlets() throws StoreException;

  /** The ids of the marked sources, in order. */
  List<Long> markedSources() throws StoreException;

  /** Of these articles, those that are members-only (one query however many are asked about). */
  Set<String> membersOnly(Collection<String> articleIds) throws StoreException;

  /** Every members-only article (for listings built once for every reader). */
  Set<String> membersOnlyArticles() throws StoreException;

  default boolean membersOnly(String articleId) throws StoreException {
    return !membersOnly(List.of(articleId)).isEmpty();
  }

  /** Changes whenever a mark changes (by any process), so a cache of marks knows it is stale. */
  String signature() throws StoreException;

  @Override
  void close() throws StoreException;
}
