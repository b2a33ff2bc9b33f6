package dev.parallax.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/** A unit-length sparse vector over term ids, sorted by id for fast dot products. */
record SparseVector(int[] ids, float[] weights) {

  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  /** Heaviest first; equal weights by id, so the same sums always keep the same entries. */
  static final Comparator<Map.Entry<Integer, Double>> HEAVIEST_FIRST =
      Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey());

  /** The {@code keep} largest entries of {@code w}, normalised to unit length. */
  static SparseVector of(Map<Integer, Double> w, int keep) {
    if (w.isEmpty()) return EMPTY;
    var entries =
        w.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(HEAVIEST_FIRST)
            .limit(keep)
            .sorted(Map.Entry.comparingByKey())
            .toList();
    int[] ids = new int[entries.size()];
    float[] ws = new float[entries.size()];
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      ids[i] = entries.get(i).getKey();
      double v = entries.get(i).getValue();
      ws[i] = (float) v;
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) return EMPTY;
    for (int i = 0; i < ws.length; i++) ws[i] /= (float) norm;
    return new SparseVector(ids, ws);
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  double dot(SparseVector o) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) s += weights[i++] * o.weights[j++];
      else if (ids[i] < o.ids[j]) i++;
      else j++;
    }
    return s;
  }

  /** Ids of the {@code n} heaviest entries. */
  int[] top(int n) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
    int[] out = new int[Math.min(n, order.length)];
    for (int i = 0; i < out.length; i++) out[i] = ids[order[i]];
    return out;
  }
}
