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

  private final List<Map<String, Double>> vectors;

  TermVectors(List<String> texts) {
    List<Map<String, Integer>> counts = texts.stream().map(TermVectors::counts).toList();
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Integer> c : counts) for (String t : c.keySet()) df.merge(t, 1, Integer::sum);
    int n = texts.size();
    this.vectors =
        counts.stream()
            .map(
                c -> {
                  Map<String, Double> v = new HashMap<>();
                  double norm = 0;
                  for (Map.Entry<String, Integer> e : c.entrySet()) {
                    double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + n / (double) df.get(e.getKey()));
                    v.put(e.getKey(), w);
                    norm += w * w;
                  }
                  double len = Math.sqrt(norm);
                  if (len > 0) v.replaceAll((k, w) -> w / len);
                  return v;
                })
            .toList();
  }

  double cosine(int a, int b) {
    Map<String, Double> x = vectors.get(a);
    Map<String, Double> y = vectors.get(b);
    if (x.size() > y.size()) {
      Map<String, Double> t = x;
      x = y;
      y = t;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : x.entrySet()) {
      Double w = y.get(e.getKey());
      if (w != null) dot += e.getValue() * w;
    }
    return dot;
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
