package dev.parallax.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed and pairwise precision, recall and F1 of predicted stories against labelled events. */
record Scores(
    double bcubedPrecision,
    double bcubedRecall,
    double pairPrecision,
    double pairRecall,
    Map<String, String> predicted) {

  static Scores of(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<List<String>, Integer> both = new HashMap<>();
    for (String id : gold.keySet()) {
      String p = predicted.get(id);
      String g = gold.get(id);
      predSize.merge(p, 1, Integer::sum);
      goldSize.merge(g, 1, Integer::sum);
      both.merge(List.of(p, g), 1, Integer::sum);
    }
    double bp = 0;
    double br = 0;
    for (String id : gold.keySet()) {
      String p = predicted.get(id);
      String g = gold.get(id);
      int overlap = both.get(List.of(p, g));
      bp += overlap / (double) predSize.get(p);
      br += overlap / (double) goldSize.get(g);
    }
    int n = gold.size();
    long tp = 0;
    long predPairs = 0;
    long goldPairs = 0;
    for (int c : both.values()) tp += pairs(c);
    for (int c : predSize.values()) predPairs += pairs(c);
    for (int c : goldSize.values()) goldPairs += pairs(c);
    return new Scores(
        bp / n,
        br / n,
        predPairs == 0 ? 1 : tp / (double) predPairs,
        goldPairs == 0 ? 1 : tp / (double) goldPairs,
        Map.copyOf(predicted));
  }

  private static long pairs(long c) {
    return c * (c - 1) / 2;
  }

  double bcubedF1() {
    return f1(bcubedPrecision, bcubedRecall);
  }

  double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        "B3 P=%.3f R=%.3f F1=%.4f | pairwise P=%.3f R=%.3f F1=%.4f",
        bcubedPrecision, bcubedRecall, bcubedF1(), pairPrecision, pairRecall, pairF1());
  }
}
