package dev.parallax.store;

import dev.parallax.domain.Story;
import java.util.List;
import java.util.Optional;

/** Where stories live: the durable store, or memory for one-off runs over files. */
public interface StoryRepository {

  Optional<Story> story(String id) throws StoreException;

  /** Creates or replaces a story and its membership. */
  void saveStory(Story story) throws StoreException;

  /** Removes a story (after it was merged into another). */
  void deleteStory(String storyId) throws StoreException;

  /** All stories, most recently updated first. */
  List<Story> stories() throws StoreException;
}
