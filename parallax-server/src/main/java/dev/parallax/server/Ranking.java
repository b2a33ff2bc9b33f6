package dev.parallax.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * How top stories are ordered: breadth of coverage (distinct outlets) first, then how fast coverage grew
 * in the last day, both decayed by the age of the latest article. Age is measured from the newest article
 * in the store (or now, if that is earlier), so an archive still has a meaningful front page.
 *
 * @param halfLife how long until a story's score halves with no new coverage
 * @param window the span in which new articles count as growth
 * @param growthWeight what a doubling of recent articles adds, in outlets
 */
record Ranking(Duration halfLife, Duration window, double growthWeight) {

  static final Ranking STANDARD = new Ranking(Duration.ofHours(24), Duration.ofHours(24), 1.0);

  Ranking {
    if (halfLife.isNegative() || halfLife.isZero()) throw new IllegalArgumentException("halfLife must be positive");
    if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive");
  }

  /** One article's contribution: its outlet (may be null) and when it appeared. */
  record Item(String outletId, Instant time) {}

  double score(Collection<Item> items, Instant reference) {
    if (items.isEmpty()) return 0;
    Set<String> outlets = new HashSet<>();
    int unknownOutlet = 0;
    int recent = 0;
    Instant last = Instant.MIN;
    Instant windowStart = reference.minus(window);
    for (Item i : items) {
      if (i.outletId() == null) unknownOutlet = 1;
      else outlets.add(i.outletId());
      if (i.time().isAfter(windowStart)) recent++;
      if (i.time().isAfter(last)) last = i.time();
    }
    double breadth = outlets.size() + unknownOutlet;
    double growth = growthWeight * Math.log1p(recent) / Math.log(2);
    double ageHours = Math.max(0, Duration.between(last, reference).toMinutes() / 60.0);
    double decay = Math.pow(0.5, ageHours / (halfLife.toMinutes() / 60.0));
    return (breadth + growth) * decay;
  }
}
