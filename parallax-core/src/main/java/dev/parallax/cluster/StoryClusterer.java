package dev.parallax.cluster;

import dev.parallax.domain.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assigns articles to stories as they arrive (a stream, in publication or arrival order). Implementations
 * keep whatever state they need between calls; {@link #restore} replays what a previous run decided.
 */
public interface StoryClusterer {

  /** Decides the story of a newly arrived article. */
  Assignment assign(Article article);

  /** Re-learns past decisions on start-up, in the order given, without deciding anything. */
  void restore(List<Replay> replays);

  /**
   * One past decision: the article, the story it went to and the article it copies (or null).
   *
   * @param remember whether the near-duplicate check should remember the article's text: it keeps only the
   *     {@link #duplicateMemory()} most recent articles, so a replay skips the shingles of older ones
   * @param embedding the article's embedding as {@link #assign} made it (stored under {@link
   *     #embeddingModel()}), or null when none was stored: the replay computes none
   */
  record Replay(Article article, String storyId, String duplicateOf, boolean remember, float[] embedding) {
    public Replay {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(storyId, "storyId");
    }
  }

  /** How many of the most recent articles the near-duplicate check remembers. */
  int duplicateMemory();

  /** What a short description of this clusterer's method should say in outputs ("tf-idf single pass"). */
  String method();

  /**
   * The name under which the embeddings of {@link Assignment#embedding} are stored and replayed (the model
   * and the text of the article it reads); empty when this clusterer embeds nothing.
   */
  Optional<String> embeddingModel();

  /**
   * Where an article went.
   *
   * @param storyId the story it joined or started
   * @param duplicateOf the article it is a near-copy of, or null
   * @param merged stories that this arrival showed to be the same event, now folded into {@code storyId}
   * @param embedding the sentence embedding made of the article, for the store to keep (see {@link
   *     #embeddingModel()}), or null when none was made (a near-copy, or a clusterer without embeddings);
   *     a copy, so the clusterer's own is not shared
   */
  record Assignment(String storyId, String duplicateOf, List<String> merged, float[] embedding) {
    public Assignment {
      merged = List.copyOf(merged);
      embedding = embedding == null ? null : embedding.clone();
    }
  }
}
