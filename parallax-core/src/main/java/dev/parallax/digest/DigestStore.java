package dev.parallax.digest;

import dev.parallax.brief.Brief;
import dev.parallax.store.StoreException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where story digests and the entity index are kept. Implementations are thread-safe. */
public interface DigestStore extends AutoCloseable {

  Optional<Digest> digest(String storyId) throws StoreException;

  /** The signature of every stored brief, by story id, without reading the briefs (for a consistency check). */
  Map<String, String> signatures() throws StoreException;

  /** Replaces the story's digest and its rows in the entity and quote index, in one transaction. */
  void save(String storyId, Digest digest) throws StoreException;

  /** The stories that name the entity, those where it is named in the most articles first. */
  List<EntityStory> storiesOf(String entityKey, int limit) throws StoreException;

  /** The entity's quotes across stories, the most recently updated story first. */
  List<EntityQuote> quotesOf(String entityKey, int limit) throws StoreException;

  /** The entities named in the most stories. */
  List<EntitySummary> topEntities(int limit) throws StoreException;

  @Override
  void close() throws StoreException;

  /** A story naming an entity: how it names it and in how many of its articles. */
  record EntityStory(String storyId, String name, String type, int articles) {}

  /** A quote of an entity in one story. */
  record EntityQuote(String storyId, String speaker, String text, List<String> sources) {
    public EntityQuote {
      sources = List.copyOf(sources);
    }
  }

  /** An entity across the store. */
  record EntitySummary(String key, String name, String type, int stories, int articles) {}

  /** The index rows a brief gives: its typed entities and its quotes. */
  static boolean indexed(Brief.Entity e) {
    return !"OTHER".equals(e.type());
  }
}
