package dev.parallax.extract;

import dev.parallax.domain.Removed;
import java.time.Instant;
import java.util.List;

/**
 * What extraction found in one document. Every metadata field is {@code null} when the document does not
 * carry it.
 *
 * @param paragraphs the article body, one entry per paragraph
 * @param captions image captions found in the document, kept apart from the body
 * @param removed everything else that was cut, with its reason
 */
public record Extraction(
    String title,
    String byline,
    String outlet,
    String section,
    Instant published,
    String language,
    String leadImage,
    List<String> paragraphs,
    List<String> captions,
    List<Removed> removed) {

  public Extraction {
    paragraphs = List.copyOf(paragraphs);
    captions = captions == null ? List.of() : List.copyOf(captions);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
