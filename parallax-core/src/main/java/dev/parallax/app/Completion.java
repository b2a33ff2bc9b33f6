package dev.parallax.app;

import dev.parallax.cluster.StoryBook;
import dev.parallax.digest.Digests;
import dev.parallax.digest.BriefException;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.search.SearchIndex;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finishes the work a killed or failed run left on its articles. The store is the log: an article is
 * stored together with a pending mark ({@link ArticleStore#pendingArticles}), then indexed, clustered and
 * briefed with its story, and the mark is removed only after all of that is durable. Whatever point a crash
 * stopped at, redoing every step for the marked articles ends in the same place, as each step replaces what
 * it wrote before: the article is indexed again (by id), clustered only if it is in no story, its story
 * briefed unless the stored brief is current, and the mark removed. Articles are taken in arrival order, a
 * batch at a time, so a crash during completion loses nothing either.
 */
final class Completion {

  /** Pending articles completed per batch: indexed, committed, briefed, then settled. */
  private static final int BATCH = 500;

  /** Opens the clusterer (replaying the stored stories) the first time an article needs it. */
  @FunctionalInterface
  interface Clustering {
    StoryBook open() throws StoreException;
  }

  private final ArticleStore store;
  private final SearchIndex index;
  private final Clustering clustering;
  private final Digests digests;

  Completion(ArticleStore store, SearchIndex index, Clustering clustering, Digests digests) {
    this.store = store;
    this.index = index;
    this.clustering = clustering;
    this.digests = digests;
  }

  /** Completes every pending article; returns what it did. */
  Parallax.Completed run() throws StoreException {
    int articles = 0;
    int clustered = 0;
    int briefed = 0;
    List<String> failures = new ArrayList<>();
    try {
      for (List<Article> batch = store.pendingArticles(BATCH); !batch.isEmpty(); batch = store.pendingArticles(BATCH)) {
        Set<String> touched = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        for (Article article : batch) {
          index.index(article);
          Optional<Story> story = store.storyOf(article.id());
          if (story.isPresent()) {
            touched.add(story.get().id());
          } else {
            touched.add(clustering.open().add(article).id());
            clustered++;
          }
          ids.add(article.id());
        }
        index.commit();
        for (String id : touched) {
          Optional<Story> story = store.story(id); // gone when a later article of the batch merged it away
          if (story.isEmpty()) continue;
          try {
            digests.brief(story.get(), store.articles(story.get().articleIds()));
            briefed++;
          } catch (BriefException e) {
            failures.add(e.getMessage());
          } catch (RuntimeException e) {
            // the stored brief stays stale (a reader's visit builds it again): one story must not keep every
            // later run from starting; `parallax check` lists it
            failures.add("cannot brief story " + id + ": " + e);
          }
        }
        store.settle(ids);
        articles += batch.size();
      }
    } catch (IOException e) {
      throw new StoreException("cannot complete the pending articles in the search index: " + e.getMessage(), e);
    }
    return new Parallax.Completed(articles, clustered, briefed, failures);
  }
}
