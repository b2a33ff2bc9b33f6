package dev.parallax.ingest;

/** Hears about each document of an ingest run as it is processed, for progress display. */
@FunctionalInterface
public interface IngestListener {

  IngestListener NONE = (origin, outcome) -> {};

  /** Called once per document; {@code outcome} is "new", "duplicate" or "failed: reason". */
  void processed(String origin, String outcome);
}
