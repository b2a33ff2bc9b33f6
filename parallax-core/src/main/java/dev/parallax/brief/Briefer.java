package dev.parallax.brief;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.util.List;

/** Writes the brief of one story from its articles. */
public interface Briefer {

  /**
   * @param articles the story's articles, in the story's member order
   */
  Brief brief(Story story, List<Article> articles);
}
