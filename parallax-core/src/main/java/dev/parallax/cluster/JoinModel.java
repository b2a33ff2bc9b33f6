package dev.parallax.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  /**
   * What each weight multiplies, in order. The similarities are gated by the names (see {@link #features}).
   * Tried and left out: the shared-name cosine, rare shared names, the share of the article's main names
   * the story has, and the product of text and name cosines all came out with negative weights beside the
   * gated similarities (one standing in for another), so they could only have counted against a join.
   */
  static final List<String> FEATURES =
      List.of(
          "bias", "score", "similarity", "text", "embedding", "member text", "member embedding", "decay",
          "undated", "story size", "member title");

  /** Shared-name cosine from which the similarities count in full when both sides name things. */
  private static final double NAME_GATE = 0.1;
  /** The share of a similarity that counts when both sides name things and share none of them. */
  private static final double GATE_FLOOR = 0.5;

  /** The features that only ever count for a join: their weights are never negative. */
  static final Set<String> MONOTONE =
      Set.of("score", "similarity", "text", "embedding", "member text", "member embedding", "decay", "member title");

  /**
   * The share of a similarity that counts, by the names: all of it when a side names nothing or they share
   * enough, half when they share none. Same-kind events (two earthquakes) read alike; the names (places,
   * people) tell them apart.
   *
   * @param names shared-name cosine
   */
  static double nameGate(boolean bothNamed, double names) {
    return bothNamed ? GATE_FLOOR + (1 - GATE_FLOOR) * Math.min(1, names / NAME_GATE) : 1;
  }

  public JoinModel {
    Objects.requireNonNull(weights, "weights");
    if (weights.length != FEATURES.size())
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold in (0,1): " + threshold);
    weights = weights.clone();
  }

  /**
   * Fitted on clustering-dev as published and without its dates, with an L2 penalty of 0.3, the own hard
   * streams left out to check it ({@code JoinModelFit -Dlambda=0.3 -DnoHard=true}). The undated copy
   * doubles the examples the similarities are fitted on; its "undated" feature takes up what the missing
   * time decay changes, and is 0 for the dated pairs the model is asked about.
   */
  public static JoinModel standard() {
    return new JoinModel(
        new double[] {
          -10.642, 1.487, 2.451, 1.257, 7.962, 1.430, 4.031, 4.409, -0.949, -3.857, 1.162
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
   * @param storySize how many articles the story holds
   * @param bothNamed whether both sides name anything
   * @param memberTitle best TF-IDF cosine of the article's title with the title of a recent member
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
      int storySize,
      boolean bothNamed,
      double memberTitle) {}

  /** The feature vector of {@link #FEATURES} for a pair. */
  static double[] features(Evidence e) {
    // every similarity counts for less when both sides name things and share few of them, as in the score
    double g = nameGate(e.bothNamed(), e.names());
    return new double[] {
      1,
      e.score(),
      e.similarity(),
      g * e.text(),
      Double.isNaN(e.embedding()) ? 0 : g * e.embedding(),
      g * e.memberText(),
      Double.isNaN(e.memberEmbedding()) ? 0 : g * e.memberEmbedding(),
      e.decay(),
      e.dated() ? 0 : 1,
      Math.log1p(e.storySize()) / Math.log(50),
      g * e.memberTitle()
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
