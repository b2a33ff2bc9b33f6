package dev.parallax.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory inverted index from an article's strongest terms and names to the stories it joined, each
 * list keeping only the latest stories; candidates are the stories hit by most query terms, plus the
 * stories among the last thousand joined whose embedding centroid is closest to the article's (a scan of
 * about 0.4M multiply-adds, small beside computing the embedding).
 */
final class PostingsCandidates implements Candidates {

  static final int QUERY_TERMS = 12;
  private static final int POSTINGS_PER_TERM = 48;
  private static final int RECENT_STORIES = 1_000;
  private static final int NEIGHBOURS = 10;
  private final Map<Integer, ArrayDeque<StoryState>> postings = new HashMap<>();
  /** The stories joined most recently, scanned for close embeddings (wording may differ, meaning not). */
  private final Map<StoryState, Boolean> recent =
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StoryState, Boolean> eldest) {
          return size() > RECENT_STORIES;
        }
      };

  @Override
  public void joined(StoryState story, SparseVector text, SparseVector entities) {
    for (int id : text.top(QUERY_TERMS)) post(id, story);
    for (int id : entities.top(QUERY_TERMS)) post(id, story);
    if (story.hasEmbedding()) recent.put(story, Boolean.TRUE);
  }

  @Override
  public void absorbed(StoryState gone, StoryState into) {
    // postings of the gone story resolve to the story that absorbed it
    recent.remove(gone);
  }

  @Override
  public void closed(StoryState story) {
    // closed stories are skipped when postings are read
    recent.remove(story);
  }

  @Override
  public List<StoryState> find(SparseVector text, SparseVector entities, float[] embedding, int max) {
    Map<StoryState, Integer> hits = new HashMap<>();
    for (int id : text.top(QUERY_TERMS)) collect(id, hits);
    for (int id : entities.top(QUERY_TERMS)) collect(id, hits);
    List<StoryState> out =
        new ArrayList<>(
            hits.entrySet().stream()
                .sorted(Map.Entry.<StoryState, Integer>comparingByValue().reversed())
                .limit(max)
                .map(Map.Entry::getKey)
                .toList());
    if (embedding != null) {
      // the NEIGHBOURS closest, kept sorted by cosine in two small arrays (no boxing in the scan)
      StoryState[] best = new StoryState[NEIGHBOURS];
      double[] cos = new double[NEIGHBOURS];
      int n = 0;
      for (StoryState s : recent.keySet()) {
        if (s.closed || !s.hasEmbedding()) continue;
        double c = s.cosine(embedding);
        if (n == NEIGHBOURS && c <= cos[n - 1]) continue;
        int at = n == NEIGHBOURS ? n - 1 : n++;
        while (at > 0 && cos[at - 1] < c) {
          cos[at] = cos[at - 1];
          best[at] = best[at - 1];
          at--;
        }
        cos[at] = c;
        best[at] = s;
      }
      Set<StoryState> have = new HashSet<>(out);
      for (int i = 0; i < n; i++) if (have.add(best[i])) out.add(best[i]);
    }
    return out;
  }

  private void collect(int termId, Map<StoryState, Integer> hits) {
    ArrayDeque<StoryState> list = postings.get(termId);
    if (list == null) return;
    for (StoryState s : list) {
      StoryState r = s.resolve();
      if (!r.closed) hits.merge(r, 1, Integer::sum);
    }
  }

  private void post(int termId, StoryState story) {
    ArrayDeque<StoryState> list = postings.computeIfAbsent(termId, k -> new ArrayDeque<>(4));
    list.remove(story);
    list.addLast(story);
    while (list.size() > POSTINGS_PER_TERM) list.removeFirst();
  }
}
