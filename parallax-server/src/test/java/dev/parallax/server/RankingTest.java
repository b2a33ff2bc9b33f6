package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static final Instant NOW = Instant.parse("2025-02-18T18:00:00Z");

  private static Ranking.Item at(String outlet, int hoursAgo) {
    return new Ranking.Item(outlet, NOW.minus(Duration.ofHours(hoursAgo)));
  }

  @Test
  void storiesCoveredByMoreOutletsRankHigher() {
    double wide = Ranking.STANDARD.score(List.of(at("a", 1), at("b", 1), at("c", 1)), NOW);
    double narrow = Ranking.STANDARD.score(List.of(at("a", 1), at("a", 1), at("a", 1)), NOW);
    assertThat(wide).isGreaterThan(narrow);
  }

  @Test
  void growingCoverageRanksAboveCoverageThatStopped() {
    double growing = Ranking.STANDARD.score(List.of(at("a", 30), at("b", 2), at("b", 1)), NOW);
    double stalled = Ranking.STANDARD.score(List.of(at("a", 30), at("b", 29), at("b", 28)), NOW);
    assertThat(growing).isGreaterThan(stalled);
  }

  @Test
  void scoreHalvesAfterAHalfLifeWithoutNewCoverage() {
    double fresh = Ranking.STANDARD.score(List.of(at("a", 48), at("b", 48)), NOW.minus(Duration.ofHours(24)));
    double aged = Ranking.STANDARD.score(List.of(at("a", 48), at("b", 48)), NOW);
    assertThat(aged / fresh).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
  }
}
