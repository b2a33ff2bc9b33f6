package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.bench.ExtractionBench;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExtractionDevQualityTest {

  /**
   * Thresholds on the dev half only (the pages extraction was tuned on); the test half is scored and printed,
   * never asserted, so that it stays a measure of pages the rules were not fitted to. Embedded posts are cut
   * from bodies on purpose (quoted, not the outlet's text), though the benchmark's hand-made bodies keep them:
   * on the one dev page with tweets that costs 0.007 of F1, so F1 is asserted at 0.965, not 0.974.
   */
  @Test
  void extractsArticleBodiesOfTheDevPagesWithShingleF1OfAtLeast0965() throws IOException {
    List<ExtractionBench.Page> pages = ExtractionBench.load(Fixtures.path("/fixtures/extraction-dev"));
    assertThat(pages).hasSize(60);
    List<ExtractionBench.Page> dev = ExtractionBench.split(pages, true);
    assertThat(dev).hasSize(27);

    ExtractionBench.Score score = ExtractionBench.evaluate(dev, DocumentExtractor.standard());
    ExtractionBench.Score test = ExtractionBench.evaluate(ExtractionBench.split(pages, false), DocumentExtractor.standard());

    System.out.printf(
        Locale.ROOT, "extraction-dev body, dev: P %.3f R %.3f F1 %.3f; test (not asserted): P %.3f R %.3f F1 %.3f%n",
        score.precision(), score.recall(), score.f1(), test.precision(), test.recall(), test.f1());
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.965);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void beatsTheParagraphBaselineOnTheDevPages() throws IOException {
    List<ExtractionBench.Page> dev = ExtractionBench.split(ExtractionBench.load(Fixtures.path("/fixtures/extraction-dev")), true);

    double ours = ExtractionBench.evaluate(dev, DocumentExtractor.standard()).f1();
    double baseline = ExtractionBench.evaluate(dev, ExtractionBench.paragraphBaseline()).f1();

    assertThat(baseline).isBetween(0.5, 0.9);
    assertThat(ours).isGreaterThan(baseline + 0.1);
  }

  @Test
  void splitsPagesByAFixedRuleOnTheirIds() {
    assertThat(ExtractionBench.isDev("04a6711caa7c")).isEqualTo(ExtractionBench.isDev("04a6711caa7c"));
    List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
    long dev = ids.stream().filter(ExtractionBench::isDev).count();
    assertThat(dev).isBetween(1L, 11L);
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
