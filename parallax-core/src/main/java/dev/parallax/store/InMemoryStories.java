package dev.parallax.store;

import dev.parallax.domain.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stories held in memory, for commands that cluster files without touching the store. Listed in the
 * order they were created.
 */
public final class InMemoryStories implements StoryRepository {

  private final Map<String, Story> stories = new LinkedHashMap<>();
  /** By article: the model and the vector in half floats, as the database keeps them. */
  private final Map<String, Map.Entry<String, byte[]>> embeddings = new HashMap<>();

  @Override
  public synchronized Optional<Story> story(String id) {
    return Optional.ofNullable(stories.get(id));
  }

  @Override
  public synchronized void saveStory(Story story) {
    stories.put(story.id(), story);
  }

  @Override
  public synchronized void deleteStory(String storyId) {
    stories.remove(storyId);
  }

  @Override
  public synchronized List<Story> stories() {
    return new ArrayList<>(stories.values());
  }

  @Override
  public synchronized void saveEmbedding(String articleId, String model, float[] vector) {
    embeddings.put(articleId, Map.entry(model, HalfFloats.encode(java.util.Objects.requireNonNull(vector, "vector"))));
  }

  @Override
  public synchronized Map<String, float[]> embeddings(List<String> articleIds, String model) {
    Map<String, float[]> out = new HashMap<>();
    for (String id : articleIds) {
      Map.Entry<String, byte[]> e = embeddings.get(id);
      if (e != null && e.getKey().equals(model)) out.put(id, HalfFloats.decode(e.getValue()));
    }
    return out;
  }
}
