package dev.parallax.feed;

import java.time.Instant;

/**
 * How background polling is going, for an admin: whether it runs, when the last round started and ended,
 * how many rounds went through or failed, and the last failure. A round that failed does not stop polling;
 * this is where the failure shows.
 *
 * @param running whether rounds are scheduled
 * @param lastStart when the latest round started, or null before the first
 * @param lastEnd when the latest finished round ended, or null before the first
 * @param roundsOk rounds that ran to the end
 * @param roundsFailed rounds that ended in an exception or error
 * @param failing whether the latest finished round failed
 * @param lastFailureAt when the latest failed round failed, or null
 * @param lastFailure what it failed with (type and message), or null
 */
public record PollingStatus(
    boolean running,
    Instant lastStart,
    Instant lastEnd,
    long roundsOk,
    long roundsFailed,
    boolean failing,
    Instant lastFailureAt,
    String lastFailure) {

  /** Before any round. */
  public static final PollingStatus NOT_STARTED = new PollingStatus(false, null, null, 0, 0, false, null, null);

  PollingStatus withRunning(boolean now) {
    return new PollingStatus(now, lastStart, lastEnd, roundsOk, roundsFailed, failing, lastFailureAt, lastFailure);
  }

  PollingStatus started(Instant at) {
    return new PollingStatus(running, at, lastEnd, roundsOk, roundsFailed, failing, lastFailureAt, lastFailure);
  }

  PollingStatus succeeded(Instant at) {
    return new PollingStatus(running, lastStart, at, roundsOk + 1, roundsFailed, false, lastFailureAt, lastFailure);
  }

  PollingStatus failed(Instant at, Throwable e) {
    String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new PollingStatus(running, lastStart, at, roundsOk, roundsFailed + 1, true, at, what);
  }
}
