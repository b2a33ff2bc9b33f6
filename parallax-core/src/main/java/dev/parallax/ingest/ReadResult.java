package dev.parallax.ingest;

import java.util.Objects;

/** One item a {@link DocumentSource} produced: a document, or a failure naming what and why. */
public sealed interface ReadResult {

  /** A document ready for extraction. */
  record Ok(SourceDocument document) implements ReadResult {
    public Ok {
      Objects.requireNonNull(document, "document");
    }
  }

  /** Something that could not be read; the run goes on without it. */
  record Failed(String origin, String reason) implements ReadResult {
    public Failed {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
