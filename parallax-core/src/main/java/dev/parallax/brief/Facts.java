package dev.parallax.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The statements a story rests on: sentences grouped across articles when they say the same thing, each
 * group shown once (its most central sentence) with every article that carries it, most corroborated
 * first. A fact with one source is kept, and readers see it as "only in" that outlet.
 */
final class Facts {

  static final int MAX_FACTS = 12;
  /** Looser than the summary's citation test: a fact is often reworded more than a lead is. */
  static final double SAME_FACT = 0.3;

  static final int SHARED_WORDS = 4;

  private Facts() {}

  /** A group of statements and the articles (indexes) behind it. */
  record Group(int representative, TreeSet<Integer> articles) {}

  /**
   * Picks facts greedily from the most central statement down, skipping a statement that says the same as
   * one already picked. Each fact cites every article with a statement that says the same as it, so an
   * article's sentence can support several facts and no fact loses a source to an earlier one.
   */
  static List<Group> group(List<Statement> all, double[][] sim, double[] rank) {
    int n = all.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) if (factual(all.get(i))) order.add(i);
    order.sort(Comparator.comparingDouble((Integer i) -> -rank[i]));
    List<Group> groups = new ArrayList<>();
    for (int i : order) {
      boolean covered = false;
      for (Group g : groups) covered |= same(all, sim, g.representative(), i);
      if (covered) continue;
      TreeSet<Integer> articles = new TreeSet<>();
      articles.add(all.get(i).article());
      for (int j = 0; j < n; j++) if (same(all, sim, i, j)) articles.add(all.get(j).article());
      groups.add(new Group(i, articles));
    }
    groups.sort(
        Comparator.comparingInt((Group g) -> -g.articles().size()).thenComparingDouble(g -> -rank[g.representative()]));
    return groups.size() > MAX_FACTS ? List.copyOf(groups.subList(0, MAX_FACTS)) : groups;
  }

  private static boolean same(List<Statement> all, double[][] sim, int i, int j) {
    return i != j && Statement.sameContent(all.get(i), all.get(j), sim[i][j], SAME_FACT, SHARED_WORDS);
  }

  /** A statement of fact: a full sentence that is not a quotation, a question or a dangling reference. */
  static boolean factual(Statement s) {
    return !s.isQuote() && ExtractiveBriefer.summarisable(s.text());
  }
}
