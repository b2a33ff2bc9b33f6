package dev.parallax.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A growing vocabulary with document frequencies, so weights follow what the stream has seen (online
 * IDF). Words go through Lucene's English analyzer: stop words out, Porter stems in.
 */
final class Terms {

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Map<String, Integer> ids = new HashMap<>();
  private final java.util.List<String> names = new java.util.ArrayList<>();
  private int[] df = new int[1024];
  private long documents;

  /** Stemmed term counts of a text. */
  Map<String, Integer> count(String text, int weight, Map<String, Integer> into) {
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() < 2 || Character.isDigit(term.charAt(0))) continue;
        into.merge(term.toString(), weight, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return into;
  }

  int id(String term) {
    Integer id = ids.get(term);
    if (id != null) return id;
    int next = ids.size();
    ids.put(term, next);
    names.add(term);
    if (next >= df.length) df = java.util.Arrays.copyOf(df, df.length * 2);
    return next;
  }

  /** Counts one document's distinct terms. */
  void observe(Iterable<Integer> termIds) {
    documents++;
    for (int id : termIds) df[id]++;
  }

  /** The term of an id (entity features carry their prefix). */
  String term(int id) {
    return names.get(id);
  }

  /** The share of documents seen so far that contain the term. */
  double share(int id) {
    return documents == 0 ? 1 : df[id] / (double) documents;
  }

  double idf(int id) {
    return Math.log((documents + 1.0) / (df[id] + 1.0)) + 1.0;
  }

  /** A unit-length TF-IDF vector of at most {@code keep} strongest terms. */
  SparseVector weigh(Map<Integer, Integer> counts, int keep) {
    Map<Integer, Double> w = new HashMap<>();
    for (var e : counts.entrySet()) w.put(e.getKey(), (1 + Math.log(e.getValue())) * idf(e.getKey()));
    return SparseVector.of(w, keep);
  }

  Map<Integer, Integer> toIds(Map<String, Integer> counts, String prefix) {
    Map<Integer, Integer> out = new HashMap<>();
    for (var e : counts.entrySet()) out.merge(id(prefix + e.getKey()), e.getValue(), Integer::sum);
    return out;
  }
}
