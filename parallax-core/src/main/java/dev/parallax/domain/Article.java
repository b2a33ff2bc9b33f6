package dev.parallax.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored article: the cleaned body as paragraphs plus the metadata extraction found. Fields that were
 * not found are {@code null}, never guessed.
 *
 * @param id stable identifier (the input's id for JSONL, otherwise derived from the content hash)
 * @param outlet who published it, or {@code null} when unknown
 * @param url where it was published, if known
 * @param file the file it was read from, if it came from disk
 * @param published publication time, if known
 * @param paragraphs the cleaned body, one entry per paragraph
 * @param captions image captions, kept apart from the body
 * @param removed what extraction cut, with reasons
 * @param contentHash hash of the normalised body; equal hashes mean the same article
 */
public record Article(
    String id,
    Outlet outlet,
    String url,
    String file,
    String title,
    String byline,
    String section,
    Instant published,
    String language,
    List<String> paragraphs,
    List<String> captions,
    List<Removed> removed,
    String contentHash) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contentHash, "contentHash");
    if (id.isBlank()) throw new IllegalArgumentException("article id must not be blank");
    paragraphs = List.copyOf(paragraphs);
    captions = captions == null ? List.of() : List.copyOf(captions);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  /** The body as one text, paragraphs separated by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /** The outlet's display name, or {@code null}. */
  public String outletName() {
    return outlet == null ? null : outlet.name();
  }

  /** A copy with another id (used when an input id is already taken by different content). */
  public Article withId(String newId) {
    return new Article(
        newId, outlet, url, file, title, byline, section, published, language, paragraphs, captions,
        removed, contentHash);
  }
}
