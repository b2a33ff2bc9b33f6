package dev.parallax.server;

import static dev.parallax.search.IndexSchema.BODY;
import static dev.parallax.search.IndexSchema.ID;
import static dev.parallax.search.IndexSchema.OUTLET;
import static dev.parallax.search.IndexSchema.PUBLISHED;
import static dev.parallax.search.IndexSchema.TITLE;

import dev.parallax.search.ArticleQueryParser;
import dev.parallax.search.IndexSchema;
import dev.parallax.search.QueryBudget;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The read side of the article index the pipeline writes ({@code <data>/index}): BM25 search with the
 * classic syntax, outlet and date filters, highlighted snippets, and "more like this" for related
 * stories. It opens its own reader beside the pipeline's writer and picks up new commits at most once a
 * second.
 *
 * <p>No single request may burn seconds: the query is costed first ({@link QueryBudget}, refused over
 * budget), the search and its highlighting run under one time limit, and only the first
 * {@value #MAX_HIGHLIGHTED_HITS} hits of a page are highlighted, over the first {@value #MAX_HIGHLIGHTED}
 * characters of each body; a query over the budget's highlight cost has its fuzzy words and wildcards left
 * unhighlighted (walking the term dictionary for each hit was most of a costly search's time).
 */
final class ArticleSearch implements AutoCloseable {

  private static final int MAX_WINDOW = 1000;
  private static final int PASSAGE = 180;
  /** How often a search looks for what the pipeline committed since (ingest runs in another process). */
  private static final long REFRESH_EVERY_MILLIS = 1000;
  private static final int MAX_HIGHLIGHTED = 20_000;
  private static final int MAX_HIGHLIGHTED_HITS = 20;
  /** The time one search and its snippets may take before it is stopped. */
  static final long DEFAULT_TIME_LIMIT_MILLIS = 1000;
  /** A small index keeps every word for "more like this": one in twenty of a few hundred is no signal. */
  private static final int MLT_MAX_DOC_FREQ_FLOOR = 1000;
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
  private static final Pattern LEADING_CLOSERS = Pattern.compile("^(?:\\s|[”’»)\\]]|&quot;|&#x27;)+");

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final ArticleQueryParser queries = new ArticleQueryParser(QueryParser.Operator.AND);
  private final IndexSchema.TextCheck textCheck = new IndexSchema.TextCheck();
  private final Path folder;
  private final long timeLimitMillis;
  private final Supplier<QueryTimeout> timeouts;
  private FSDirectory directory;
  private volatile SearcherManager searchers;
  private volatile long lastRefresh;

  ArticleSearch(Path folder) {
    this(folder, DEFAULT_TIME_LIMIT_MILLIS);
  }

  ArticleSearch(Path folder, long timeLimitMillis) {
    this(folder, timeLimitMillis, () -> new QueryTimeoutImpl(timeLimitMillis));
  }

  /**
   * {@code timeouts} gives each search its time limit, {@code timeLimitMillis} long (tests pass one that has
   * run out).
   */
  ArticleSearch(Path folder, long timeLimitMillis, Supplier<QueryTimeout> timeouts) {
    if (timeLimitMillis < 1) throw new IllegalArgumentException("timeLimitMillis must be > 0, was " + timeLimitMillis);
    this.folder = folder;
    this.timeLimitMillis = timeLimitMillis;
    this.timeouts = timeouts;
  }

  /**
   * A parsed request; {@code outletName}, the dates and {@code articleIds} (only these articles) are
   * optional filters.
   */
  record Request(String query, String outletName, Instant from, Instant to, Set<String> articleIds, int offset, int limit) {
    Request {
      if (query == null || query.isBlank()) throw new IllegalArgumentException("query must not be blank");
      if (limit < 1 || limit > 100) throw new IllegalArgumentException("limit must be 1..100, was " + limit);
      if (offset < 0 || offset + limit > MAX_WINDOW)
        throw new IllegalArgumentException("offset must be 0.." + (MAX_WINDOW - limit) + ", was " + offset);
    }
  }

  /**
   * One match: the article id, its stored title and up to two passages of its body around the query's
   * terms, HTML-escaped with the matches in {@code <mark>} (empty when the query does not touch the body).
   */
  record Match(String articleId, String title, float score, String snippet) {}

  record Result(long total, List<Match> matches) {}

  /** The text of an article's body by its id, for snippets; empty when unknown. */
  @FunctionalInterface
  interface Bodies {
    String of(String articleId) throws StoreException;
  }

  /** A query the parser rejects, with its reason (for a 400 answer). */
  static final class BadQueryException extends Exception {
    BadQueryException(String message) {
      super(message);
    }
  }

  /** A search stopped at the time limit (for a 503 answer: the server is busy or the query is costly). */
  static final class TimedOutException extends Exception {
    TimedOutException(long millis) {
      super("the search took longer than " + millis + " ms and was stopped: try again, or simplify the query");
    }
  }

  Result search(Request request, Bodies bodies)
      throws IOException, BadQueryException, TimedOutException, StoreException {
    SearcherManager sm = searchers();
    if (sm == null) return new Result(0, List.of());
    IndexSearcher shared = sm.acquire();
    try {
      ArticleQueryParser.Parsed parsed = parse(request.query(), textCheck.hasText(shared.getIndexReader()));
      // a searcher of its own per request: the time limit is the searcher's state
      QueryTimeout timeout = timeouts.get();
      IndexSearcher searcher =
          new IndexSearcher(new ExitableDirectoryReader((DirectoryReader) shared.getIndexReader(), timeout));
      searcher.setSimilarity(shared.getSimilarity());
      searcher.setTimeout(timeout);
      return search(searcher, parsed, request, bodies);
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      throw new TimedOutException(timeLimitMillis);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException(
          "the query \"" + request.query() + "\" expands to too many terms: use fewer fuzzy words or wildcards");
    } finally {
      sm.release(shared);
    }
  }

  private Result search(IndexSearcher searcher, ArticleQueryParser.Parsed parsed, Request request, Bodies bodies)
      throws IOException, TimedOutException, StoreException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed.match(), BooleanClause.Occur.MUST);
    if (request.outletName() != null) {
      Query outlet = new QueryBuilder(analyzer).createPhraseQuery(OUTLET, request.outletName());
      if (outlet != null) b.add(outlet, BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
      long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
      b.add(LongPoint.newRangeQuery(PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
    }
    if (request.articleIds() != null)
      b.add(new TermInSetQuery(ID, request.articleIds().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
    TopDocs top = searcher.search(b.build(), request.offset() + request.limit());
    if (searcher.timedOut()) throw new TimedOutException(timeLimitMillis);
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    List<String> ids = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    Map<Integer, String> texts = new HashMap<>();
    for (ScoreDoc sd : page) {
      Document d = searcher.storedFields().document(sd.doc, Set.of(ID, TITLE));
      ids.add(d.get(ID));
      titles.add(d.get(TITLE));
      texts.put(sd.doc, bodies.of(d.get(ID)));
    }
    String[] snippets = snippets(searcher, parsed, page, texts);
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < page.length; i++)
      matches.add(new Match(ids.get(i), titles.get(i), page[i].score, snippets[i] == null ? "" : snippets[i]));
    return new Result(top.totalHits.value(), matches);
  }

  /**
   * Two passages of about {@value #PASSAGE} characters per hit, read from the offsets the index keeps
   * for the body (no second analysis of the text); the bodies come from the store, not the index.
   * Passages break at full stops: the JDK's sentence iterator took most of a search's time. Hits past the
   * first {@value #MAX_HIGHLIGHTED_HITS}, and all hits when highlighting runs out of time, get no snippet
   * (the reader is shown the article's lead).
   */
  private String[] snippets(
      IndexSearcher searcher, ArticleQueryParser.Parsed parsed, ScoreDoc[] page, Map<Integer, String> texts)
      throws IOException {
    String[] snippets = new String[page.length];
    if (page.length == 0) return snippets;
    ScoreDoc[] first = Arrays.copyOf(page, Math.min(page.length, MAX_HIGHLIGHTED_HITS));
    boolean multiTerm = parsed.cost().cost() <= queries.budget().highlightCost();
    try {
      String[] highlighted =
          highlighter(searcher, texts, multiTerm).highlight(BODY, parsed.highlight(), topDocs(first), 2);
      for (int i = 0; i < highlighted.length; i++) if (highlighted[i] != null) snippets[i] = tidy(highlighted[i]);
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      // out of time: leads instead of snippets, rather than no answer
    }
    return snippets;
  }

  private static TopDocs topDocs(ScoreDoc[] docs) {
    return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, String> texts, boolean multiTerm) {
    return new UnifiedHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator('.'), PASSAGE, 0.5f))
                .withMaxLength(MAX_HIGHLIGHTED)
                .withHandleMultiTermQuery(multiTerm)
                .withMaxNoHighlightPassages(0)) {
          @Override
          protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
              throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
              CharSequence[] perField = new CharSequence[fields.length];
              for (int f = 0; f < fields.length; f++) perField[f] = BODY.equals(fields[f]) ? texts.getOrDefault(doc, "") : "";
              values.add(perField);
            }
            return values;
          }
        };
  }

  /** A passage starts after a full stop: drop the closing quote and line breaks it begins with. */
  private static String tidy(String snippet) {
    List<String> passages = new ArrayList<>();
    for (String passage : snippet.split(" … "))
      passages.add(LINE_BREAKS.matcher(LEADING_CLOSERS.matcher(passage).replaceFirst("").strip()).replaceAll(" "));
    return String.join(" … ", passages);
  }

  private ArticleQueryParser.Parsed parse(String text, boolean combined) throws BadQueryException {
    try {
      return queries.parse(text, combined);
    } catch (QueryBudget.Exceeded e) {
      throw new BadQueryException(e.getMessage());
    } catch (ParseException | RuntimeException e) {
      // a reader typing "us-" or "\"riyadh" mid-word: try again with the syntax characters escaped
      try {
        return queries.parse(QueryParser.escape(text), combined);
      } catch (QueryBudget.Exceeded again) {
        throw new BadQueryException(again.getMessage());
      } catch (ParseException | RuntimeException again) {
        String reason = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
        throw new BadQueryException("cannot parse query \"" + text + "\": " + reason);
      }
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
      // words in more than one article in twenty say little about what is related, and their long
      // postings were most of the cost: at a million articles 32 ms a search with them, 15 without
      mlt.setMaxDocFreq(Math.max(MLT_MAX_DOC_FREQ_FLOOR, searcher.getIndexReader().numDocs() / 20));
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
    if (sm != null) {
      long now = System.currentTimeMillis();
      if (now - lastRefresh >= REFRESH_EVERY_MILLIS) {
        lastRefresh = now;
        sm.maybeRefresh(); // returns at once if another reader is already refreshing
      }
      return sm;
    }
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
