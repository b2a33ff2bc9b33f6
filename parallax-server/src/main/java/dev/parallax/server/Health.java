package dev.parallax.server;

import dev.parallax.digest.BriefException;
import dev.parallax.digest.Digests;
import dev.parallax.feed.PollingStatus;
import java.util.List;
import java.util.function.Supplier;

/**
 * Whether the server is doing its background work: polling sources and briefing stories. Anyone may learn
 * "ok" or "degraded" (for a monitor); what failed and why is for admins only, as failure messages name
 * internals.
 */
final class Health {

  /** Recent brief failures shown to an admin. */
  static final int FAILURES_SHOWN = 20;

  private final Supplier<PollingStatus> polling;
  private final Digests digests;

  Health(Supplier<PollingStatus> polling, Digests digests) {
    this.polling = polling;
    this.digests = digests;
  }

  /** The answer for anyone: degraded when the latest polling round failed or a brief failed lately. */
  record Summary(String status) {}

  /** The answer for an admin. */
  record Details(String status, PollingStatus polling, int briefFailures, List<BriefException.Failure> recentBriefFailures) {}

  Summary summary() {
    return new Summary(status(polling.get(), digests.failures()));
  }

  Details details() {
    PollingStatus p = polling.get();
    List<BriefException.Failure> failures = digests.failures();
    List<BriefException.Failure> recent = failures.subList(Math.max(0, failures.size() - FAILURES_SHOWN), failures.size());
    return new Details(status(p, failures), p, failures.size(), List.copyOf(recent.reversed()));
  }

  private static String status(PollingStatus p, List<BriefException.Failure> failures) {
    return p.failing() || !failures.isEmpty() ? "degraded" : "ok";
  }
}
