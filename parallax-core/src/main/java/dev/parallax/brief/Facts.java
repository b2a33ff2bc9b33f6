package dev.parallax.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
  /** Two sentences naming the same people or places need less term overlap to state the same fact. */
  static final int SHARED_NAMES = 2;

  static final double NAMED_FACT = 0.15;

  /** Words other than names two such sentences share ("national security adviser", "pave the way"). */
  static final int SHARED_STEMS = 3;
  /** A name in more than this share of a story's sentences (its main actors) tells no two facts apart. */
  static final double COMMON_NAME = 0.1;

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
    List<Meaning> meanings = Meaning.of(all);
    Set<String> common = Meaning.common(meanings, COMMON_NAME);
    Same same = (i, j) -> same(all, meanings, common, sim, i, j);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) if (factual(all.get(i))) order.add(i);
    order.sort(Comparator.comparingDouble((Integer i) -> -rank[i]));
    List<Group> groups = new ArrayList<>();
    for (int i : order) {
      boolean covered = false;
      for (Group g : groups) covered |= same.test(g.representative(), i);
      if (covered) continue;
      TreeSet<Integer> articles = new TreeSet<>();
      articles.add(all.get(i).article());
      for (int j = 0; j < n; j++) if (same.test(i, j)) articles.add(all.get(j).article());
      groups.add(new Group(i, articles));
    }
    groups.sort(
        Comparator.comparingInt((Group g) -> -g.articles().size()).thenComparingDouble(g -> -rank[g.representative()]));
    return groups.size() > MAX_FACTS ? List.copyOf(groups.subList(0, MAX_FACTS)) : groups;
  }

  private interface Same {
    boolean test(int i, int j);
  }

  /**
   * Whether two statements state the same fact: their numbers and days agree, and they share enough terms,
   * or fewer terms but the same names (by surname).
   */
  private static boolean same(List<Statement> all, List<Meaning> meanings, Set<String> common, double[][] sim, int i, int j) {
    if (i == j || sim[i][j] < NAMED_FACT) return false;
    Meaning a = meanings.get(i);
    Meaning b = meanings.get(j);
    if (!a.agrees(b) || !a.sameNames(b, common)) return false;
    if (Statement.sameContent(all.get(i), all.get(j), sim[i][j], SAME_FACT, SHARED_WORDS)) return true;
    return a.sharedNames(b, common) >= SHARED_NAMES && a.sharedWords(b) >= SHARED_STEMS;
  }

  /** A statement of fact: a full sentence that is not a quotation, a question or a dangling reference. */
  static boolean factual(Statement s) {
    return !s.isQuote() && quoted(s.text()) < 0.5 && ExtractiveBriefer.summarisable(s.text());
  }

  /** The share of a sentence's characters inside quotation marks (curly ones; an open quote runs to the end). */
  static double quoted(String text) {
    int inside = 0;
    boolean open = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '“') open = true;
      else if (c == '”') open = false;
      else if (open) inside++;
    }
    return inside / (double) text.length();
  }
}
