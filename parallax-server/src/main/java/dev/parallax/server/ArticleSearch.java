package dev.parallax.server;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The read side of the article index the pipeline writes ({@code <data>/index}): BM25 search with the
 * classic syntax, outlet and date filters, highlighted snippets, and "more like this" for related
 * stories. It opens its own reader beside the pipeline's writer and refreshes on demand.
 */
final class ArticleSearch implements AutoCloseable {

  // field names written by dev.parallax.search.LuceneSearchIndex
  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String OUTLET = "outlet";
  static final String PUBLISHED = "published";
  private static final int MAX_WINDOW = 1000;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Path folder;
  private FSDirectory directory;
  private volatile SearcherManager searchers;

  ArticleSearch(Path folder) {
    this.folder = folder;
  }

  /** A parsed request; {@code outletName} and the dates are optional filters. */
  record Request(String query, String outletName, Instant from, Instant to, int offset, int limit) {
    Request {
      if (query == null || query.isBlank()) throw new IllegalArgumentException("query must not be blank");
      if (limit < 1 || limit > 100) throw new IllegalArgumentException("limit must be 1..100, was " + limit);
      if (offset < 0 || offset + limit > MAX_WINDOW)
        throw new IllegalArgumentException("offset must be 0.." + (MAX_WINDOW - limit) + ", was " + offset);
    }
  }

  /** One match: the article id and its stored title; {@code query} is kept to highlight the body later. */
  record Match(String articleId, String title, float score) {}

  record Result(long total, List<Match> matches, Query query) {}

  /** A query the parser rejects, with its reason (for a 400 answer). */
  static final class BadQueryException extends Exception {
    BadQueryException(String message) {
      super(message);
    }
  }

  Result search(Request request) throws IOException, BadQueryException {
    Query parsed = parse(request.query());
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
    if (request.outletName() != null) {
      Query outlet = new QueryBuilder(analyzer).createPhraseQuery(OUTLET, request.outletName());
      if (outlet != null) b.add(outlet, BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
      long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
      b.add(LongPoint.newRangeQuery(PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
    }
    Query query = b.build();
    SearcherManager sm = searchers();
    if (sm == null) return new Result(0, List.of(), parsed);
    IndexSearcher searcher = sm.acquire();
    try {
      TopDocs top = searcher.search(query, request.offset() + request.limit());
      List<Match> matches = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = request.offset(); i < docs.length; i++) {
        Document d = searcher.storedFields().document(docs[i].doc, Set.of(ID, TITLE));
        matches.add(new Match(d.get(ID), d.get(TITLE), docs[i].score));
      }
      return new Result(top.totalHits.value(), matches, parsed);
    } finally {
      sm.release(searcher);
    }
  }

  private Query parse(String text) throws BadQueryException {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {TITLE, BODY, OUTLET}, analyzer, Map.of(TITLE, 2f, BODY, 1f, OUTLET, 0.5f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      // a reader typing "us-" or "\"riyadh" mid-word: try again with the syntax characters escaped
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException | RuntimeException again) {
        String reason = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
        throw new BadQueryException("cannot parse query \"" + text + "\": " + reason);
      }
    }
  }

  /**
   * Up to {@code max} snippets of {@code text} around the query's terms, HTML-escaped with matches in
   * {@code <mark>}; empty when the query does not touch the body.
   */
  String snippet(Query query, String text, int max) {
    if (text == null || text.isEmpty()) return "";
    QueryScorer scorer = new QueryScorer(query, BODY);
    Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
    h.setTextFragmenter(new SimpleSpanFragmenter(scorer, 180));
    h.setMaxDocCharsToAnalyze(200_000);
    try {
      String[] fragments = h.getBestFragments(analyzer, BODY, text, max);
      return String.join(" … ", fragments);
    } catch (IOException | InvalidTokenOffsetsException e) {
      return "";
    }
  }

  /** Article ids most like {@code text} by shared distinctive terms, best first, with their scores. */
  Map<String, Float> similar(String text, int limit) throws IOException {
    SearcherManager sm = searchers();
    Map<String, Float> similar = new LinkedHashMap<>();
    if (sm == null || text.isBlank()) return similar;
    IndexSearcher searcher = sm.acquire();
    try {
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(40);
      mlt.setMinWordLen(3);
      Query like = mlt.like(BODY, new StringReader(text));
      for (ScoreDoc sd : searcher.search(like, limit).scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc, Set.of(ID));
        similar.put(d.get(ID), sd.score);
      }
      return similar;
    } finally {
      sm.release(searcher);
    }
  }

  /** Picks up what the pipeline committed since the last call. */
  void refresh() throws IOException {
    SearcherManager sm = searchers();
    if (sm != null) sm.maybeRefreshBlocking();
  }

  private SearcherManager searchers() throws IOException {
    SearcherManager sm = searchers;
    if (sm != null) return sm;
    synchronized (this) {
      if (searchers != null) return searchers;
      if (!Files.isDirectory(folder)) return null;
      if (directory == null) directory = FSDirectory.open(folder);
      try {
        searchers = new SearcherManager(directory, null);
      } catch (IndexNotFoundException e) {
        return null; // nothing committed yet
      }
      return searchers;
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (searchers != null) searchers.close();
    if (directory != null) directory.close();
  }
}
