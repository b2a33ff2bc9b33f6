package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JoinModelTest {

  private final JoinModel model = JoinModel.standard();

  private static JoinModel.Evidence pair(double similarity, double names, boolean dated, double decay, int size) {
    return new JoinModel.Evidence(
        similarity * decay, similarity, similarity, names, similarity, similarity, similarity, decay, dated, size,
        true, similarity);
  }

  @Test
  void moreSimilarityNeverMakesAJoinLessLikely() {
    double last = 0;
    for (double s = 0; s <= 1.0001; s += 0.05) {
      double p = model.probability(pair(s, 0.3, true, 1, 3));
      assertThat(p).isGreaterThanOrEqualTo(last);
      last = p;
    }
    assertThat(model.probability(pair(0.9, 0.5, true, 1, 3))).isGreaterThan(model.threshold());
    assertThat(model.probability(pair(0.1, 0.5, true, 1, 3))).isLessThan(model.threshold());
  }

  @Test
  void sharingNoNamesCountsAgainstAJoin() {
    assertThat(model.probability(pair(0.55, 0, true, 1, 3)))
        .isLessThan(model.probability(pair(0.55, 0.3, true, 1, 3)));
  }

  @Test
  void anOldStoryPullsLessThanARecentOne() {
    assertThat(model.probability(pair(0.55, 0.3, true, 0.3, 3)))
        .isLessThan(model.probability(pair(0.55, 0.3, true, 1, 3)));
  }

  @Test
  void theStandardWeightsNeverCountSimilarityAgainstAJoin() {
    double[] w = model.weights();
    for (int i = 0; i < w.length; i++)
      if (JoinModel.MONOTONE.contains(JoinModel.FEATURES.get(i))) assertThat(w[i]).as(JoinModel.FEATURES.get(i)).isGreaterThanOrEqualTo(0);
  }

  @Test
  void refusesWeightsOfTheWrongShapeAndAThresholdThatIsNoProbability() {
    assertThatThrownBy(() -> new JoinModel(new double[3], 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JoinModel(new double[JoinModel.FEATURES.size()], 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
