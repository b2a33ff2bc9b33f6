package dev.parallax.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * A document as it arrived, before extraction: raw bytes plus whatever the source already told us.
 *
 * @param origin where it came from, for messages ("dir/a.html", "dump.jsonl:12", a URL)
 * @param file the file name it was read from, or null
 * @param url the article's URL if known
 * @param format how to read the bytes
 * @param content the raw bytes (HTML is decoded by the extractor, which knows about meta charsets)
 * @param given metadata the source supplied (JSONL fields, feed entries); wins over what extraction guesses
 */
public record SourceDocument(
    String origin, String file, String url, Format format, byte[] content, Given given) {

  public SourceDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    given = given == null ? Given.NONE : given;
  }

  /** The two shapes of input the extractors understand. */
  public enum Format {
    TEXT,
    HTML
  }

  /** Metadata supplied with a document, every field optional. */
  public record Given(String id, String title, String outlet, Instant published, String language) {
    public static final Given NONE = new Given(null, null, null, null, null);
  }
}
