package dev.parallax.cluster;

import java.util.List;

/** Where the clusterer finds the few open stories worth scoring against an article (or a story). */
interface Candidates {

  /** An article with these vectors joined {@code story} (whose centroids are already updated). */
  void joined(StoryState story, SparseVector text, SparseVector entities);

  /** {@code gone} was folded into {@code into}. */
  void absorbed(StoryState gone, StoryState into);

  /** The story takes no more articles. */
  void closed(StoryState story);

  /** Open stories sharing strong terms or names (or, where kept, a close embedding), best first. */
  List<StoryState> find(SparseVector text, SparseVector entities, float[] embedding, int max);
}
