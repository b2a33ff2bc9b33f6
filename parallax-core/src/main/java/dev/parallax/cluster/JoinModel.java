package dev.parallax.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Whether an article belongs to a candidate story, as a probability: a logistic regression over the
 * evidence the clusterer gathers for the pair (after Miranda et al. 2018, who learn the same decision from
 * labelled streams). Its weights are fitted by {@code JoinModelFit} (a developer tool in the tests) on
 * streams whose stories are known, as published and without their dates, with two priors imposed: every
 * similarity counts for less when both sides name things and share few of them (the name gate of the
 * hand-made score: same-kind events read alike), and no similarity may count against a join.
 *
 * <p>{@link StreamingClusterer} asks it about pairs that both have dates and embeddings; others are judged
 * by the hand-made score, which out of sample did as well without dates.
 *
 * @param weights one weight per entry of {@link #FEATURES}, the bias first
 * @param threshold the probability from which an article joins its most probable story
 */
public record JoinModel(double[] weights, double threshold) {

  /** What each weight multiplies, in order. */
  public static final List<String> FEATURES =
      List.of(
          "bias", "score", "similarity", "text", "names", "embedding", "has embedding", "member text",
          "member embedding", "decay", "undated", "rare names", "story size", "both named",
          "member title", "name coverage", "text and names");

  /** Shared-name cosine from which the similarities count in full when both sides name things. */
  static final double NAME_GATE = 0.1;
  /** The share of a similarity that counts when both sides name things and share none of them. */
  static final double GATE_FLOOR = 0.5;

  /** The features that only ever count for a join: their weights are never negative. */
  public static final java.util.Set<String> MONOTONE =
      java.util.Set.of(
          "score", "similarity", "text", "names", "embedding", "member text", "member embedding", "decay",
          "rare names", "member title", "name coverage", "text and names");

  public JoinModel {
    Objects.requireNonNull(weights, "weights");
    if (weights.length != FEATURES.size())
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold in (0,1): " + threshold);
    weights = weights.clone();
  }

  /**
   * Fitted by {@code JoinModelFit} on clustering-dev, as published and without its dates (L2 penalty 0.3;
   * the names, rare-name and name-coverage weights came out negative beside the gated similarities and
   * were dropped). The own hard streams were left out of the fit, to check it.
   */
  public static JoinModel standard() {
    return new JoinModel(
        new double[] {
          -10.642, 1.487, 2.451, 1.257, 0, 7.962, 0, 1.430, 4.031, 4.409, -0.949, 0, -3.857, 0, 1.162, 0, 0
        },
        0.5);
  }

  /**
   * The evidence for one article–story pair.
   *
   * @param score the hand-made combined score (weighted mean of the signals, name gate, time decay,
   *     follow-up rule)
   * @param similarity the same before time decay
   * @param text TF-IDF cosine with the story's centroid
   * @param names shared-name cosine with the story's centroid (0 when either side names nothing)
   * @param embedding embedding cosine with the story's centroid, NaN when either side has none
   * @param memberText best TF-IDF cosine with one of the story's recent members
   * @param memberEmbedding best embedding cosine with one of the story's recent members, or NaN
   * @param decay the time factor (1 when a date is missing)
   * @param dated whether both the article and the story have dates
   * @param rareNames how many rare names the two share
   * @param storySize how many articles the story holds
   * @param bothNamed whether both sides name anything
   */
  public record Evidence(
      double score,
      double similarity,
      double text,
      double names,
      double embedding,
      double memberText,
      double memberEmbedding,
      double decay,
      boolean dated,
      int rareNames,
      int storySize,
      boolean bothNamed,
      double memberTitle,
      double nameCoverage) {}

  /** The feature vector of {@link #FEATURES} for a pair. */
  public static double[] features(Evidence e) {
    // Same-kind events (two earthquakes) read alike; the names tell them apart. Every similarity counts
    // for less when both sides name things and share few of them, as in the hand-made score.
    double g = e.bothNamed() ? GATE_FLOOR + (1 - GATE_FLOOR) * Math.min(1, e.names() / NAME_GATE) : 1;
    return new double[] {
      1,
      e.score(),
      e.similarity(),
      g * e.text(),
      e.bothNamed() ? e.names() : 0,
      Double.isNaN(e.embedding()) ? 0 : g * e.embedding(),
      Double.isNaN(e.embedding()) ? 0 : 1,
      g * e.memberText(),
      Double.isNaN(e.memberEmbedding()) ? 0 : g * e.memberEmbedding(),
      e.decay(),
      e.dated() ? 0 : 1,
      Math.min(3, e.rareNames()) / 3.0,
      Math.log1p(e.storySize()) / Math.log(50),
      e.bothNamed() ? 1 : 0,
      g * e.memberTitle(),
      e.nameCoverage(),
      e.bothNamed() ? Math.sqrt(e.text() * e.names()) : 0
    };
  }

  /** The probability that the article belongs to the story. */
  public double probability(Evidence e) {
    double[] x = features(e);
    double z = 0;
    for (int i = 0; i < x.length; i++) z += weights[i] * x[i];
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JoinModel m && Arrays.equals(weights, m.weights) && threshold == m.threshold;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31 + Double.hashCode(threshold);
  }

  @Override
  public String toString() {
    return "JoinModel" + Arrays.toString(weights) + " threshold=" + threshold;
  }
}
