package dev.parallax.nlp;

import dev.parallax.domain.Article;
import java.util.List;

/** The language stage at its boundary: a story's articles in, its entities and attributed quotes out. */
public interface Annotator {

  StoryAnnotations annotate(List<Article> articles);

  /** The entities of a story (the most mentioned first) and its quotes grouped by speaker. */
  record StoryAnnotations(List<CanonicalEntity> entities, List<StoryQuote> quotes) {
    public StoryAnnotations {
      entities = List.copyOf(entities);
      quotes = List.copyOf(quotes);
    }
  }
}
