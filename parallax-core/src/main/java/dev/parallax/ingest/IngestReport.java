package dev.parallax.ingest;

import java.util.List;

/**
 * The outcome of one ingest run.
 *
 * @param read documents read (new + duplicate + failed)
 * @param added articles stored for the first time
 * @param duplicates documents whose content was already stored
 * @param failures what could not be read or extracted, with where and why
 * @param stories the ids of the stories that new articles joined or started, in order of first touch
 */
public record IngestReport(int read, int added, int duplicates, List<Failure> failures, List<String> stories) {

  public IngestReport {
    failures = List.copyOf(failures);
    stories = List.copyOf(stories);
  }

  /** A document the run skipped. */
  public record Failure(String origin, String reason) {}

  public String summary() {
    return "read %d, new %d, duplicate %d, failed %d".formatted(read, added, duplicates, failures.size());
  }
}
