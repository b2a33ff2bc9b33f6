package dev.parallax.brief;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of a story's sentences, with document frequencies taken over the story itself: words every
 * outlet uses ("Ukraine" in a Ukraine story) weigh less than the details that tell sentences apart.
 */
final class TermVectors {

  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
          "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "that", "this",
          "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "not", "no",
          "said", "says", "would", "will", "could", "can", "may", "also", "than", "then", "there", "which",
          "who", "whom", "what", "when", "where", "after", "before", "about", "into", "over", "more", "any",
          "all", "one", "two", "s", "t", "do", "did", "does", "if", "so", "up", "out", "such", "other");

  /** Per text: term ids in ascending order and their unit-length weights, for a merge-join dot product. */
  private final int[][] ids;

  private final double[][] weights;

  TermVectors(List<String> texts) {
    List<Map<String, Integer>> counts = texts.stream().map(TermVectors::counts).toList();
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> dictionary = new HashMap<>();
    for (Map<String, Integer> c : counts) {
      for (String t : c.keySet()) {
        df.merge(t, 1, Integer::sum);
        dictionary.putIfAbsent(t, dictionary.size());
      }
    }
    int n = texts.size();
    ids = new int[n][];
    weights = new double[n][];
    for (int d = 0; d < n; d++) {
      Map<String, Integer> c = counts.get(d);
      int[] termIds = new int[c.size()];
      int k = 0;
      for (String t : c.keySet()) termIds[k++] = dictionary.get(t);
      java.util.Arrays.sort(termIds);
      String[] byId = new String[termIds.length];
      for (Map.Entry<String, Integer> e : c.entrySet())
        byId[java.util.Arrays.binarySearch(termIds, dictionary.get(e.getKey()))] = e.getKey();
      double[] w = new double[termIds.length];
      double norm = 0;
      for (int i = 0; i < termIds.length; i++) {
        w[i] = (1 + Math.log(c.get(byId[i]))) * Math.log(1.0 + n / (double) df.get(byId[i]));
        norm += w[i] * w[i];
      }
      double len = Math.sqrt(norm);
      if (len > 0) for (int i = 0; i < w.length; i++) w[i] /= len;
      ids[d] = termIds;
      weights[d] = w;
    }
  }

  double cosine(int a, int b) {
    int[] x = ids[a];
    int[] y = ids[b];
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) i++;
      else if (x[i] > y[j]) j++;
      else dot += weights[a][i++] * weights[b][j++];
    }
    return dot;
  }

  static boolean isStopWord(String lowerCaseWord) {
    return STOP.contains(lowerCaseWord);
  }

  /** Content words of a text: lower-cased, accents folded, stop words and one-letter tokens dropped. */
  static Set<String> words(String text) {
    return new HashSet<>(counts(text).keySet());
  }

  private static Map<String, Integer> counts(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    Map<String, Integer> c = new HashMap<>();
    for (String token : folded.split("[^\\p{L}\\p{N}]+")) {
      if (token.length() < 2 || STOP.contains(token)) continue;
      c.merge(token, 1, Integer::sum);
    }
    return c;
  }
}
