package dev.parallax.search;

import static dev.parallax.search.IndexSchema.BODY;
import static dev.parallax.search.IndexSchema.OUTLET;
import static dev.parallax.search.IndexSchema.TEXT;
import static dev.parallax.search.IndexSchema.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The query syntax readers type (Lucene's classic syntax: words, "a phrase", {@code title:word},
 * {@code -word}, {@code word*}) over the fields of {@link IndexSchema}.
 *
 * <p>On an index with {@link IndexSchema#TEXT}, words without a field match that one field and a quoted
 * phrase matches its pairs of neighbouring words as terms (a longer phrase is then checked word by word, on
 * the few articles that have all its pairs); titles that hold the words add to the score. On an older index
 * the words match the title, body and outlet fields one by one, as before. Prefixes, wildcards, fuzzy
 * words and phrases with a slop always go over the separate fields.
 *
 * <p>Every query is costed against a {@link QueryBudget} before it runs, and fuzzy words expand to at most
 * the budget's number of terms, so one request cannot make a search (or its highlighting) run for seconds.
 */
public final class ArticleQueryParser {

  private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2f, BODY, 1f, OUTLET, 0.5f);
  private static final float TITLE_BOOST = 2f;

  /**
   * What to search with, what to highlight body passages with (the body's own terms and phrases), and what
   * the search costs.
   */
  public record Parsed(Query match, Query highlight, QueryBudget.Cost cost) {}

  private final QueryParser.Operator operator;
  private final QueryBudget budget;
  private final Analyzer words = new EnglishAnalyzer();
  private final Analyzer pairs = IndexSchema.phraseAnalyzer();

  /**
   * {@code operator}: whether words without {@code AND}/{@code OR} between them must all match. Thread-safe:
   * each parse makes its own parser.
   */
  public ArticleQueryParser(QueryParser.Operator operator) {
    this(operator, QueryBudget.DEFAULT);
  }

  public ArticleQueryParser(QueryParser.Operator operator, QueryBudget budget) {
    this.operator = operator;
    this.budget = budget;
  }

  public QueryBudget budget() {
    return budget;
  }

  /**
   * Parses what a reader typed; {@code combined} says whether the index has {@link IndexSchema#TEXT} in
   * every document ({@link IndexSchema#hasText}).
   *
   * @throws QueryBudget.Exceeded when the query is too long or too costly to run (retrying it with its
   *     syntax escaped would not honour what the reader asked for)
   * @throws ParseException when it is not valid syntax
   */
  public Parsed parse(String text, boolean combined) throws ParseException {
    budget.checkLength(text);
    Query fieldByField = parser(false).parse(text);
    if (!combined) return new Parsed(fieldByField, fieldByField, budget.check(fieldByField));
    Query match = parser(true).parse(text);
    QueryBudget.Cost cost = budget.check(match);
    Set<Term> words = positiveWords(match);
    if (words.isEmpty()) return new Parsed(match, fieldByField, cost);
    BooleanQuery.Builder titles = new BooleanQuery.Builder();
    for (Term word : words) titles.add(new TermQuery(new Term(TITLE, word.bytes())), BooleanClause.Occur.SHOULD);
    Query scored =
        new BooleanQuery.Builder()
            .add(match, BooleanClause.Occur.MUST)
            .add(new BoostQuery(titles.build(), TITLE_BOOST), BooleanClause.Occur.SHOULD)
            .build();
    return new Parsed(scored, fieldByField, cost);
  }

  private Parser parser(boolean combined) {
    Parser parser = new Parser(words, pairs, combined, budget.maxFuzzyExpansions());
    parser.setDefaultOperator(operator);
    return parser;
  }

  /** The single words of {@link IndexSchema#TEXT} the query asks for (not those it excludes). */
  private static Set<Term> positiveWords(Query query) {
    Set<Term> words = new LinkedHashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) if (t.field().equals(TEXT) && !t.text().contains(" ")) words.add(t);
          }
        });
    return words;
  }

  /** The classic parser over title, body and outlet, with unfielded words and phrases sent to TEXT. */
  private static final class Parser extends MultiFieldQueryParser {
    private final Analyzer pairs;
    private final boolean combined;
    private final int maxExpansions;

    Parser(Analyzer words, Analyzer pairs, boolean combined, int maxExpansions) {
      super(new String[] {TITLE, BODY, OUTLET}, words, BOOSTS);
      this.pairs = pairs;
      this.combined = combined;
      this.maxExpansions = maxExpansions;
    }

    /** A fuzzy word expands to at most the budget's number of terms (Lucene's default is 50). */
    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
      int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
      return new FuzzyQuery(term, edits, prefixLength, maxExpansions, FuzzyQuery.defaultTranspositions);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (field != null || !combined) return super.getFieldQuery(field, queryText, quoted);
      return quoted ? phrase(queryText) : super.getFieldQuery(TEXT, queryText, false);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field != null || !combined || slop != 0) return super.getFieldQuery(field, queryText, slop);
      return phrase(queryText);
    }

    /**
     * A {@code /regular expression/}: one Lucene cannot read (or could only read at great cost) is a
     * {@link ParseException} like any other syntax error, not an unchecked exception (found by
     * ArticleQueryParserFuzzTest).
     */
    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      try {
        return super.getRegexpQuery(field, termStr);
      } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
        throw new ParseException("cannot read the regular expression /" + termStr + "/: " + e.getMessage());
      }
    }

    /** A phrase as the conjunction of its pairs; with more than one pair, the word order is checked too. */
    private Query phrase(String queryText) throws ParseException {
      List<String> terms = terms(queryText);
      if (terms.isEmpty()) return null;
      if (terms.size() == 1) return new TermQuery(new Term(TEXT, terms.get(0)));
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String pair : terms) all.add(new TermQuery(new Term(TEXT, pair)), BooleanClause.Occur.MUST);
      Query inOrder = super.getFieldQuery(null, queryText, 0); // the phrase over title, body and outlet
      if (inOrder != null) all.add(inOrder, BooleanClause.Occur.FILTER);
      return all.build();
    }

    private List<String> terms(String queryText) {
      List<String> terms = new ArrayList<>();
      try (TokenStream stream = pairs.tokenStream(TEXT, queryText)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) terms.add(term.toString());
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // analysing a string in memory
      }
      return terms;
    }
  }
}
