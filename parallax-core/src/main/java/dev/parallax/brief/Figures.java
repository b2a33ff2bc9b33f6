package dev.parallax.brief;

import java.util.List;
import java.util.Optional;

/**
 * Whether two sentences give different figures for the same quantity of the same thing. Each figure is read
 * with its unit and what it counts ({@link Quantity}); two clash when they measure the same thing, cannot
 * both be true, and neither sentence also gives the other's figure (a sentence that says "$82 a share, up
 * from $70" agrees with one that says "$82 a share").
 */
final class Figures {

  private Figures() {}

  /** Two figures that cannot both be true, the first from {@code a}. */
  record Clash(Quantity a, Quantity b) {

    /** What the figures measure, in the sentences' words: "people killed: at least 12 or at least 9". */
    String about(String joiner) {
      String what = a.what().isEmpty() ? b.what() : a.what();
      String thing = what.isEmpty() ? "the figure" : what;
      return thing + ": " + a.written() + " " + joiner + " " + b.written();
    }
  }

  static Optional<Clash> clash(List<Quantity> a, List<Quantity> b) {
    for (Quantity x : a) {
      if (stated(x, b)) continue;
      for (Quantity y : b) {
        if (!x.sameMeasure(y) || x.consistent(y) || stated(y, a)) continue;
        return Optional.of(new Clash(x, y));
      }
    }
    return Optional.empty();
  }

  /** Whether some figure of {@code in} is of the same measure as {@code q} and agrees with it. */
  private static boolean stated(Quantity q, List<Quantity> in) {
    for (Quantity y : in) if (q.sameMeasure(y) && q.consistent(y)) return true;
    return false;
  }
}
