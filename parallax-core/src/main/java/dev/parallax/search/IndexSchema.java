package dev.parallax.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The fields of the article index, written by {@link LuceneSearchIndex} and read by the web app's search.
 *
 * <p>{@link #TEXT} is what a reader's words are matched against: the title, the body and the outlet's name
 * as one field, with every pair of neighbouring words indexed as one term beside the words themselves (the
 * idea of Elasticsearch's {@code index_phrases}). A search for two words is then one conjunction over one
 * field instead of a conjunction of per-field disjunctions, and a quoted phrase is a term lookup instead of a
 * walk over positions: at a million articles two common words cost 1.5 ms instead of 14, a phrase 0.1 ms
 * instead of 13. The separate {@link #TITLE} and {@link #BODY} fields stay for field queries
 * ({@code title:summit}), for scoring titles higher, and for highlighting (the body keeps character
 * offsets).
 */
public final class IndexSchema {

  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String OUTLET = "outlet";
  public static final String PUBLISHED = "published";
  public static final String TEXT = "text";

  /** Stands between the two words of a pair when a stop word was removed between them ("king _"). */
  static final String FILLER = "_";

  private IndexSchema() {}

  /** English analysis everywhere; {@link #TEXT} adds the pairs of neighbouring words. */
  public static Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(), Map.of(TEXT, new ShingleAnalyzerWrapper(new EnglishAnalyzer(), 2, 2, " ", true, false, FILLER)));
  }

  /** The pairs of a quoted phrase, as {@link #indexAnalyzer()} wrote them; a single word stays a word. */
  static Analyzer phraseAnalyzer() {
    return new ShingleAnalyzerWrapper(new EnglishAnalyzer(), 2, 2, " ", false, true, FILLER);
  }

  /**
   * Whether every live document carries {@link #TEXT}. An index written before the field existed (or
   * partly re-indexed) does not, and is searched the older way until {@code parallax reindex} has run.
   */
  public static boolean hasText(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      if (segment.numDocs() == 0) continue;
      Terms terms = segment.terms(TEXT);
      if (terms == null) return false;
      // a segment that merged older documents (some since rewritten, so deleted) with newer ones
      if (terms.getDocCount() < segment.maxDoc() && liveWithText(segment) < segment.numDocs()) return false;
    }
    return true;
  }

  private static int liveWithText(LeafReader segment) throws IOException {
    NumericDocValues norms = segment.getNormValues(TEXT);
    if (norms == null) return 0;
    Bits live = segment.getLiveDocs();
    int count = 0;
    for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc())
      if (live == null || live.get(doc)) count++;
    return count;
  }

  /** {@link #hasText} for the reader a searcher holds, computed once per reader (it changes on refresh). */
  public static final class TextCheck {
    private record Checked(IndexReader reader, boolean hasText) {}

    private volatile Checked last;

    public boolean hasText(IndexReader reader) throws IOException {
      Checked checked = last;
      if (checked == null || checked.reader() != reader) last = checked = new Checked(reader, IndexSchema.hasText(reader));
      return checked.hasText();
    }
  }
}
