package dev.parallax.server;

import dev.parallax.app.Parallax;
import dev.parallax.brief.Brief;
import dev.parallax.digest.Digest;
import dev.parallax.digest.DigestStore;
import dev.parallax.digest.EntityKey;
import dev.parallax.store.StoreException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People, organisations and places across stories, from the entity index the story briefs fill: the most
 * named ones, and one entity's page (its stories and its quotes).
 */
final class EntityDesk {

  static final int STORIES = 50;
  static final int QUOTES = 100;
  /** How many of an entity's stories a search filtered by it reaches into. */
  static final int FILTER_STORIES = 500;

  private static final long NAMING_FRESH_MILLIS = 60_000;

  private final DigestStore digests;
  private final Newsroom newsroom;
  private final Map<String, Known> naming = new ConcurrentHashMap<>();

  EntityDesk(Parallax parallax, Newsroom newsroom) {
    this.digests = parallax.digests().store();
    this.newsroom = newsroom;
  }

  /** Everything about one entity: the stories naming it (most articles first) and what it was quoted saying. */
  record EntityPage(String key, String name, String type, List<Newsroom.StoryCard> stories, List<QuoteLine> quotes) {}

  /** A quote with the story it is from. */
  record QuoteLine(String storyId, String storyTitle, String speaker, String text, List<String> sources) {}

  /** An entity and the articles that name it, in any of its spellings. */
  record Named(String name, Set<String> articleIds) {}

  /**
   * The articles naming the entity whose key or slug this is, from the briefs of the stories that name it
   * (each brief keeps the articles behind each of its entities); empty when no story names it.
   */
  Optional<Named> articlesNaming(String slug) throws StoreException {
    String key = EntityKey.of(slug);
    // a reader typing a query asks again at every key: the briefs are read once a minute at most
    Known known = naming.get(key);
    if (known != null && System.currentTimeMillis() - known.at() < NAMING_FRESH_MILLIS) return known.named();
    List<DigestStore.EntityStory> named = digests.storiesOf(key, FILTER_STORIES);
    Optional<Named> found = Optional.empty();
    if (!named.isEmpty()) {
      Set<String> ids = new HashSet<>();
      for (DigestStore.EntityStory s : named) {
        Optional<Digest> digest = digests.digest(s.storyId());
        if (digest.isEmpty()) continue;
        for (Brief.Entity e : digest.get().brief().entities())
          if (EntityKey.of(e.name()).equals(key)) ids.addAll(e.sources());
      }
      found = Optional.of(new Named(named.getFirst().name(), Set.copyOf(ids)));
    }
    if (naming.size() > 1_000) naming.clear();
    naming.put(key, new Known(found, System.currentTimeMillis()));
    return found;
  }

  private record Known(Optional<Named> named, long at) {}

  /** The entities named in the most stories, each keyed by its readable slug. */
  List<DigestStore.EntitySummary> top(int limit) throws StoreException {
    return digests.topEntities(limit).stream()
        .map(e -> new DigestStore.EntitySummary(EntityKey.slug(e.name()), e.name(), e.type(), e.stories(), e.articles()))
        .toList();
  }

  /** The entity whose key or slug this is ("sergei-lavrov" finds "Sergey Lavrov" too). */
  Optional<EntityPage> entity(String slug) throws StoreException {
    String key = EntityKey.of(slug);
    List<DigestStore.EntityStory> named = digests.storiesOf(key, STORIES);
    if (named.isEmpty()) return Optional.empty();
    List<Newsroom.StoryCard> cards = new ArrayList<>();
    for (DigestStore.EntityStory s : named) newsroom.listedCard(s.storyId()).ifPresent(cards::add);
    List<QuoteLine> quotes = new ArrayList<>();
    for (DigestStore.EntityQuote q : digests.quotesOf(key, QUOTES)) {
      String title = newsroom.listedCard(q.storyId()).map(Newsroom.StoryCard::title).orElse(null);
      quotes.add(new QuoteLine(q.storyId(), title, q.speaker(), q.text(), q.sources()));
    }
    DigestStore.EntityStory first = named.getFirst();
    return Optional.of(new EntityPage(EntityKey.slug(first.name()), first.name(), first.type(), cards, quotes));
  }
}
