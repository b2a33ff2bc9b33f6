package dev.parallax.cluster;

import dev.parallax.domain.Article;
import java.util.List;

/**
 * Assigns articles to stories as they arrive (a stream, in publication or arrival order). Implementations
 * keep whatever state they need between calls; {@link #restore} replays what a previous run decided.
 */
public interface StoryClusterer {

  /** Decides the story of a newly arrived article. */
  Assignment assign(Article article);

  /**
   * Re-learns a past decision on start-up, without deciding anything.
   *
   * @param remember whether the near-duplicate check should remember the article's text: it keeps only the
   *     {@link #duplicateMemory()} most recent articles, so a replay skips the shingles of older ones
   */
  void restore(Article article, String storyId, String duplicateOf, boolean remember);

  /** How many of the most recent articles the near-duplicate check remembers. */
  int duplicateMemory();

  /** What a short description of this clusterer's method should say in outputs ("tf-idf single pass"). */
  String method();

  /**
   * Where an article went.
   *
   * @param storyId the story it joined or started
   * @param duplicateOf the article it is a near-copy of, or null
   * @param merged stories that this arrival showed to be the same event, now folded into {@code storyId}
   */
  record Assignment(String storyId, String duplicateOf, List<String> merged) {
    public Assignment {
      merged = List.copyOf(merged);
    }
  }
}
