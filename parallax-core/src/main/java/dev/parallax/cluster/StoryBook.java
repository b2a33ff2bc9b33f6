package dev.parallax.cluster;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.store.StoryRepository;
import dev.parallax.store.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the stored stories in step with a {@link StoryClusterer}: feeds it each new article, then records
 * the membership (and any merges) in the store.
 */
public final class StoryBook {

  private final StoryClusterer clusterer;
  private final StoryRepository store;

  public StoryBook(StoryClusterer clusterer, StoryRepository store) {
    this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Replays stored stories into the clusterer, so a new run continues where the last one stopped.
   *
   * @param articles reads stored articles by id, a story's at a time (one query per story, not per article)
   * @param latest the ids of the most recently stored articles, whose texts the near-duplicate check
   *     remembers (it keeps a bounded number, the newest)
   */
  public void restore(ArticleLookup articles, LatestIds latest) throws StoreException {
    Set<String> recent = new HashSet<>(latest.ids(clusterer.duplicateMemory()));
    String model = clusterer.embeddingModel().orElse(null);
    List<StoryClusterer.Replay> batch = new ArrayList<>();
    for (Story story : store.stories()) {
      Map<String, Article> byId = new HashMap<>();
      for (Article a : articles.articles(story.articleIds())) byId.put(a.id(), a);
      Map<String, float[]> vectors = model == null ? Map.of() : store.embeddings(story.articleIds(), model);
      for (Story.Member m : story.members()) {
        Article a = byId.get(m.articleId());
        if (a != null)
          batch.add(
              new StoryClusterer.Replay(a, story.id(), m.duplicateOf(), recent.contains(a.id()), vectors.get(a.id())));
      }
      if (batch.size() >= REPLAY_BATCH) {
        clusterer.restore(batch);
        batch = new ArrayList<>();
      }
    }
    clusterer.restore(batch);
  }

  /** Articles handed to the clusterer at a time on replay (it prepares a batch on all cores). */
  private static final int REPLAY_BATCH = 2_000;

  /** The ids of the most recently stored articles, newest first, at most {@code limit}. */
  @FunctionalInterface
  public interface LatestIds {
    List<String> ids(int limit) throws StoreException;
  }

  /** Reads stored articles by id; ids not stored are left out. */
  @FunctionalInterface
  public interface ArticleLookup {
    List<Article> articles(List<String> ids) throws StoreException;
  }

  /**
   * Clusters one newly stored article and saves the story it lands in (and the article's embedding). Each
   * write replaces what an interrupted call wrote before, so an article can be added again after a crash.
   */
  public Story add(Article article) throws StoreException {
    StoryClusterer.Assignment assignment = clusterer.assign(article);
    List<Story.Member> members = new ArrayList<>();
    Instant first = article.published();
    Instant last = article.published();
    String title = null;
    List<String> absorbed = new ArrayList<>();
    absorbed.add(assignment.storyId());
    absorbed.addAll(assignment.merged());
    for (String id : absorbed) {
      Optional<Story> existing = store.story(id);
      if (existing.isEmpty()) continue;
      Story s = existing.get();
      if (title == null) title = s.title();
      members.addAll(s.members());
      first = min(first, s.first());
      last = max(last, s.last());
    }
    members.removeIf(m -> m.articleId().equals(article.id()));
    members.add(new Story.Member(article.id(), assignment.duplicateOf()));
    if (title == null) title = article.title();
    Story story = new Story(assignment.storyId(), title, members, first, last);
    // the embedding first: a crash before the membership leaves the article pending, and clustering it
    // again replaces the embedding; the story and the removal of the stories it absorbed are one write
    Optional<String> model = clusterer.embeddingModel();
    if (assignment.embedding() != null && model.isPresent())
      store.saveEmbedding(article.id(), model.get(), assignment.embedding());
    store.saveMerged(story, assignment.merged());
    return story;
  }

  public String method() {
    return clusterer.method();
  }

  private static Instant min(Instant a, Instant b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.isAfter(b) ? a : b;
  }
}
