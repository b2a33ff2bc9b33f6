package dev.parallax.store;

import dev.parallax.domain.Story;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where stories live: the durable store, or memory for one-off runs over files. */
public interface StoryRepository {

  Optional<Story> story(String id) throws StoreException;

  /** Creates or replaces a story and its membership. */
  void saveStory(Story story) throws StoreException;

  /** Removes a story (after it was merged into another). */
  void deleteStory(String storyId) throws StoreException;

  /**
   * Saves a story that absorbed others and removes those, at once where the store can (a crash in between
   * must not leave the absorbed stories behind, emptied).
   */
  default void saveMerged(Story story, List<String> absorbed) throws StoreException {
    saveStory(story);
    for (String id : absorbed) if (!id.equals(story.id())) deleteStory(id);
  }

  /** All stories, most recently updated first. */
  List<Story> stories() throws StoreException;

  /**
   * Keeps the sentence embedding the clusterer made of an article, so a restart can replay the stories
   * with it instead of computing it again. Replaces an embedding stored before for the article.
   *
   * @param model which model made it, from which text of the article: embeddings by another are not read
   */
  void saveEmbedding(String articleId, String model, float[] vector) throws StoreException;

  /** The stored embeddings by {@code model} of these articles, by id; articles without one are left out. */
  Map<String, float[]> embeddings(List<String> articleIds, String model) throws StoreException;
}
