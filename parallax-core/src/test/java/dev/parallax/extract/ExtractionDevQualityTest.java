package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.bench.ExtractionBench;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExtractionDevQualityTest {

  @Test
  void extractsArticleBodiesOfTheDevPagesWithShingleF1OfAtLeast095() throws IOException {
    List<ExtractionBench.Page> pages = ExtractionBench.load(Fixtures.path("/fixtures/extraction-dev"));
    assertThat(pages).hasSize(60);

    ExtractionBench.Score score = ExtractionBench.evaluate(pages, DocumentExtractor.standard());

    System.out.printf(
        Locale.ROOT, "extraction-dev body: P %.3f R %.3f F1 %.3f%n", score.precision(), score.recall(), score.f1());
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.94);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void scoresShinglesWithMultiplicity() {
    assertThat(ExtractionBench.shingleScore("a b c d e", "a b c d e")).containsExactly(1.0, 1.0);
    double[] half = ExtractionBench.shingleScore("one two three four five", "one two three four");
    assertThat(half[0]).isEqualTo(1.0);
    assertThat(half[1]).isEqualTo(0.5);
    assertThat(ExtractionBench.shingleScore("one two three four", "")).containsExactly(0.0, 0.0);
  }
}
