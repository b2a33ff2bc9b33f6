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
    double[][] links = new double[n][n];
    double[] degree = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && similarity[i][j] >= threshold) {
          links[i][j] = similarity[i][j];
          degree[i] += similarity[i][j];
        }
      }
    }
    double priorSum = 0;
    for (double w : weight) priorSum += w;
    java.util.Arrays.fill(score, 1.0 / n);
    double damping = 0.85;
    for (int iteration = 0; iteration < 100; iteration++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) next[i] = (1 - damping) * weight[i] / priorSum;
      for (int i = 0; i < n; i++) {
        if (degree[i] == 0) {
          for (int j = 0; j < n; j++) next[j] += damping * score[i] * weight[j] / priorSum;
          continue;
        }
        for (int j = 0; j < n; j++) if (links[i][j] > 0) next[j] += damping * score[i] * links[i][j] / degree[i];
      }
      double change = 0;
      for (int i = 0; i < n; i++) change += Math.abs(next[i] - score[i]);
      score = next;
      if (change < 1e-9) break;
    }
    return score;
  }
}
