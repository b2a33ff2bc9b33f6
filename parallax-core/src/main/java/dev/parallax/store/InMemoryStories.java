package dev.parallax.store;

import dev.parallax.domain.Story;
import java.util.ArrayList;
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
}
