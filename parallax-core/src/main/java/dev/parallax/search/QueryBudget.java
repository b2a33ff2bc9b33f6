package dev.parallax.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What one query may cost, so that no single anonymous search burns seconds of CPU. A query is costed
 * clause by clause, per field it is looked up in: a plain word or a word of a phrase costs
 * {@value #TERM}; a fuzzy word ({@code word~2}) costs as many terms as it may expand to
 * ({@link #maxFuzzyExpansions}); a prefix or wildcard ({@code word*}, {@code w?rd}) costs {@value #WILDCARD},
 * a regular expression or range {@value #REGEXP}, since those walk the term dictionary. A query over
 * {@link #maxCost} or longer than {@link #maxLength} characters is refused with a message that says what
 * to simplify.
 *
 * @param maxLength characters a query may have
 * @param maxCost the sum of its clauses' costs
 * @param maxFuzzyExpansions terms a fuzzy word is expanded to at most (Lucene's default is 50)
 * @param highlightCost above this cost, multi-term clauses are not highlighted (snippets still show the
 *     plain words, or the article's lead)
 */
public record QueryBudget(int maxLength, int maxCost, int maxFuzzyExpansions, int highlightCost) {

  static final int TERM = 1;
  static final int WILDCARD = 20;
  static final int REGEXP = 40;

  /**
   * About a hundred plain words, six fuzzy words or five wildcards (each over title, body and outlet); a
   * query's expansion then stays far below Lucene's limit of 1,024 clauses.
   */
  public static final QueryBudget DEFAULT = new QueryBudget(500, 300, 16, 100);

  public QueryBudget {
    if (maxLength < 1) throw new IllegalArgumentException("maxLength must be > 0, was " + maxLength);
    if (maxCost < 1) throw new IllegalArgumentException("maxCost must be > 0, was " + maxCost);
    if (maxFuzzyExpansions < 1)
      throw new IllegalArgumentException("maxFuzzyExpansions must be > 0, was " + maxFuzzyExpansions);
    if (highlightCost < 0) throw new IllegalArgumentException("highlightCost must be >= 0, was " + highlightCost);
  }

  /**
   * The cost of a parsed query and what it is made of; {@code plain}, {@code fuzzy}, {@code wildcard} and
   * {@code regexp} count the distinct words (or patterns) the reader typed, {@code cost} every clause.
   */
  public record Cost(int cost, int plain, int fuzzy, int wildcard, int regexp) {

    /** Whether the query has fuzzy, wildcard, prefix, regexp or range clauses. */
    public boolean multiTerm() {
      return fuzzy + wildcard + regexp > 0;
    }
  }

  /** A query refused before it runs: too long or too costly, with what to simplify. */
  public static final class Exceeded extends ParseException {
    Exceeded(String message) {
      super(message);
    }
  }

  /** Refuses a query longer than {@link #maxLength} before it is parsed. */
  void checkLength(String text) throws Exceeded {
    if (text.length() > maxLength)
      throw new Exceeded("the query is longer than " + maxLength + " characters (" + text.length() + "): shorten it");
  }

  /** Costs a parsed query; refuses it when it is over {@link #maxCost}. */
  Cost check(Query query) throws Exceeded {
    Cost cost = cost(query);
    if (cost.cost() > maxCost) throw new Exceeded(explain(cost));
    return cost;
  }

  Cost cost(Query query) {
    Counter counter = new Counter();
    query.visit(counter);
    return new Cost(
        counter.cost, counter.plain.size(), counter.fuzzy.size(), counter.wildcard.size(), counter.regexp.size());
  }

  private String explain(Cost c) {
    List<String> parts = new ArrayList<>();
    if (c.plain() > 0) parts.add(c.plain() + " plain words");
    if (c.fuzzy() > 0) parts.add(c.fuzzy() + " fuzzy words (~)");
    if (c.wildcard() > 0) parts.add(c.wildcard() + " wildcards or prefixes (* ?)");
    if (c.regexp() > 0) parts.add(c.regexp() + " regular expressions or ranges");
    String advice =
        c.multiTerm()
            ? "use fewer fuzzy words, wildcards or ranges (a fuzzy word costs " + maxFuzzyExpansions
                + " plain words, a wildcard " + WILDCARD + ", in each field searched)"
            : "use fewer words";
    return "the query is too costly to run (cost " + c.cost() + ", at most " + maxCost + "): it has "
        + String.join(", ", parts) + "; " + advice;
  }

  /** Sums the cost of every clause, negated ones included (they run too). */
  private final class Counter extends QueryVisitor {
    int cost;
    final Set<String> plain = new LinkedHashSet<>();
    final Set<String> fuzzy = new LinkedHashSet<>();
    final Set<String> wildcard = new LinkedHashSet<>();
    final Set<String> regexp = new LinkedHashSet<>();

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      if (query instanceof FuzzyQuery f) { // a fuzzy word too short to be fuzzy stays one term
        cost += TERM;
        plain.add(f.getTerm().text());
        return;
      }
      cost += TERM * terms.length;
      for (Term t : terms) plain.add(t.text());
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      switch (query) {
        case FuzzyQuery f -> {
          cost += maxFuzzyExpansions; // the parser bounds its expansions to this
          fuzzy.add(f.getTerm().text());
        }
        case WildcardQuery w -> {
          cost += WILDCARD;
          wildcard.add(w.getTerm().text());
        }
        case PrefixQuery p -> {
          cost += WILDCARD;
          wildcard.add(p.getPrefix().text() + "*");
        }
        case RegexpQuery r -> {
          cost += REGEXP;
          regexp.add(r.getRegexp().text());
        }
        case TermRangeQuery r -> {
          cost += REGEXP;
          regexp.add(r.toString(field));
        }
        default -> {
          cost += REGEXP;
          regexp.add(query.toString(field));
        }
      }
    }

    @Override
    public void visitLeaf(Query query) {
      cost += TERM; // points (dates) and the like
    }
  }
}
