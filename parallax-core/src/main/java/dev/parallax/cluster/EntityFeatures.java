package dev.parallax.cluster;

import dev.parallax.domain.Article;
import java.util.Map;

/**
 * The named things an article is about (people, places, organisations), as normalised keys with counts.
 * Two reports of one event share them; two events of the same kind (two earthquakes) mostly do not. A
 * named-entity recogniser can stand behind this later; {@link CapitalisedNgrams} is the cheap default.
 */
@FunctionalInterface
public interface EntityFeatures {

  /**
   * Entity keys (lower case) with how often each is mentioned in the article's title and lead. Called from
   * several threads at once when stories are replayed.
   */
  Map<String, Integer> entities(Article article);
}
