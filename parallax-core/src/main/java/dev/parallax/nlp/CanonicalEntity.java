package dev.parallax.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person, organisation or place across a story: its canonical name, every spelling seen with the
 * articles that wrote it, the titles and roles it was given, and how often it was named.
 */
public record CanonicalEntity(
    String name, EntityType type, Map<String, Set<String>> variants, Set<String> titles, List<String> articles, int mentions) {

  public CanonicalEntity {
    variants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variants));
    titles = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(titles));
    articles = List.copyOf(articles);
  }
}
