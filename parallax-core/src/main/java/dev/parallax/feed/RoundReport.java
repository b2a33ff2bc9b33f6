package dev.parallax.feed;

import dev.parallax.ingest.IngestReport;
import java.util.List;

/** What one polling round did, source by source. */
public record RoundReport(List<SourceOutcome> outcomes, int notDue) {

  public RoundReport {
    outcomes = List.copyOf(outcomes);
  }

  /** How one source went. */
  public enum Kind {
    UPDATED,
    NOT_MODIFIED,
    RATE_LIMITED,
    FAILED
  }

  /**
   * @param items items the feed listed that were new to us
   * @param added articles stored for the first time
   * @param duplicates items whose content was already stored
   * @param failed items that could not be fetched or extracted
   * @param error why the source failed, or null
   * @param failures the items that failed, with where and why
   * @param stories the stories the new articles joined or started
   */
  public record SourceOutcome(
      Source source, Kind kind, int items, int added, int duplicates, int failed, String error,
      List<IngestReport.Failure> failures, List<String> stories) {
    public SourceOutcome {
      failures = failures == null ? List.of() : List.copyOf(failures);
      stories = stories == null ? List.of() : List.copyOf(stories);
    }
  }

  /** The stories new articles touched this round, each once. */
  public List<String> stories() {
    return outcomes.stream().flatMap(o -> o.stories().stream()).distinct().toList();
  }

  public int count(Kind kind) {
    return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
  }

  public int added() {
    return outcomes.stream().mapToInt(SourceOutcome::added).sum();
  }

  public String summary() {
    int items = outcomes.stream().mapToInt(SourceOutcome::items).sum();
    int dups = outcomes.stream().mapToInt(SourceOutcome::duplicates).sum();
    int failedItems = outcomes.stream().mapToInt(SourceOutcome::failed).sum();
    return ("polled %d source%s (%d not due): %d updated, %d not modified, %d rate limited, %d failed;"
            + " items %d: new %d, duplicate %d, failed %d")
        .formatted(
            outcomes.size(), outcomes.size() == 1 ? "" : "s", notDue, count(Kind.UPDATED), count(Kind.NOT_MODIFIED),
            count(Kind.RATE_LIMITED), count(Kind.FAILED), items, added(), dups, failedItems);
  }
}
