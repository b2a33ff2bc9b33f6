package dev.parallax.cluster;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory inverted index from an article's strongest terms and names to the stories it joined, each
 * list keeping only the latest stories; candidates are the stories hit by most query terms.
 */
final class PostingsCandidates implements Candidates {

  static final int QUERY_TERMS = 12;
  private static final int POSTINGS_PER_TERM = 48;
  private final Map<Integer, ArrayDeque<StoryState>> postings = new HashMap<>();

  @Override
  public void joined(StoryState story, SparseVector text, SparseVector entities) {
    for (int id : text.top(QUERY_TERMS)) post(id, story);
    for (int id : entities.top(QUERY_TERMS)) post(id, story);
  }

  @Override
  public void absorbed(StoryState gone, StoryState into) {
    // postings of the gone story resolve to the story that absorbed it
  }

  @Override
  public void closed(StoryState story) {
    // closed stories are skipped when postings are read
  }

  @Override
  public List<StoryState> find(SparseVector text, SparseVector entities, float[] embedding, int max) {
    Map<StoryState, Integer> hits = new HashMap<>();
    for (int id : text.top(QUERY_TERMS)) collect(id, hits);
    for (int id : entities.top(QUERY_TERMS)) collect(id, hits);
    return hits.entrySet().stream()
        .sorted(Map.Entry.<StoryState, Integer>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
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
