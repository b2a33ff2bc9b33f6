package dev.parallax.brief;

/**
 * LexRank (Erkan and Radev 2004): sentence centrality as the stationary distribution of a random walk over
 * the graph of sentences whose similarity passes a threshold.
 */
final class LexRank {

  private LexRank() {}

  /**
   * @param similarity symmetric sentence similarities
   * @param threshold similarity from which two sentences are linked
   * @param weight a prior per sentence (e.g. more for sentences echoed by other outlets), all positive
   */
  static double[] rank(double[][] similarity, double threshold, double[] weight) {
    int n = similarity.length;
    double[] score = new double[n];
    if (n == 0) return score;
    // sparse links: most sentence pairs share nothing
    int[][] neighbours = new int[n][];
    double[][] share = new double[n][];
    boolean[] dangling = new boolean[n];
    for (int i = 0; i < n; i++) {
      int count = 0;
      for (int j = 0; j < n; j++) if (i != j && similarity[i][j] >= threshold) count++;
      neighbours[i] = new int[count];
      share[i] = new double[count];
      double degree = 0;
      int k = 0;
      for (int j = 0; j < n; j++) {
        if (i != j && similarity[i][j] >= threshold) {
          neighbours[i][k] = j;
          share[i][k++] = similarity[i][j];
          degree += similarity[i][j];
        }
      }
      for (k = 0; k < count; k++) share[i][k] /= degree;
      dangling[i] = count == 0;
    }
    double priorSum = 0;
    for (double w : weight) priorSum += w;
    java.util.Arrays.fill(score, 1.0 / n);
    double damping = 0.85;
    for (int iteration = 0; iteration < 100; iteration++) {
      double danglingMass = 0;
      for (int i = 0; i < n; i++) if (dangling[i]) danglingMass += score[i];
      double[] next = new double[n];
      for (int i = 0; i < n; i++) next[i] = ((1 - damping) + damping * danglingMass) * weight[i] / priorSum;
      for (int i = 0; i < n; i++)
        for (int k = 0; k < neighbours[i].length; k++) next[neighbours[i][k]] += damping * score[i] * share[i][k];
      double change = 0;
      for (int i = 0; i < n; i++) change += Math.abs(next[i] - score[i]);
      score = next;
      if (change < 1e-9) break;
    }
    return score;
  }
}
