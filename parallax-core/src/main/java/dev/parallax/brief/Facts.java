package dev.parallax.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The statements a story rests on: sentences grouped across articles when they say the same thing, each
 * group shown once (its most central sentence) with every article that carries it, most corroborated
 * first. A fact with one source is kept, and readers see it as "only in" that outlet. A sentence unfit to
 * stand alone (a caption, a label, a line with no speaker: {@link SentenceFitness}) supports facts but is
 * never shown as one.
 */
final class Facts {

  static final int MAX_FACTS = 12;

  private Facts() {}

  /** A group of statements and the articles (indexes) behind it. */
  record Group(int representative, TreeSet<Integer> articles) {}

  /**
   * Picks facts greedily from the most central statement down, skipping a statement that says the same as
   * one already picked (it is among that fact's support). Each fact cites every article with a statement
   * that says the same as it, so an article's sentence can support several facts and no fact loses a source
   * to an earlier one. Whether two statements say the same is {@link SameFact}'s test.
   */
  /**
   * @param paraphrases finds the articles that state a shown fact in other words, or null to match by words
   */
  static List<Group> group(
      List<Statement> all, double[][] sim, double[] rank, SentenceFitness fitness, Paraphrases paraphrases) {
    int n = all.size();
    SameFact same = new SameFact(all, sim);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) if (factual(all.get(i), fitness)) order.add(i);
    order.sort(Comparator.comparingDouble((Integer i) -> -rank[i]));
    List<Group> groups = new ArrayList<>();
    boolean[] supports = new boolean[n]; // already cited as saying the same as a picked fact
    for (int i : order) {
      if (supports[i]) continue;
      TreeSet<Integer> articles = new TreeSet<>();
      articles.add(all.get(i).article());
      for (int j = 0; j < n; j++) {
        if (!same.test(i, j)) continue;
        articles.add(all.get(j).article());
        supports[j] = true;
      }
      groups.add(new Group(i, articles));
    }
    groups.sort(
        Comparator.comparingInt((Group g) -> -g.articles().size()).thenComparingDouble(g -> -rank[g.representative()]));
    // the verb check tags a sentence, so it is run only on the facts about to be shown
    List<Group> shown = new ArrayList<>();
    for (Group g : groups) {
      if (shown.size() == MAX_FACTS) break;
      if (fitness.fit(all.get(g.representative()).text())) shown.add(g);
    }
    if (paraphrases == null) return shown;
    Paraphrases.Session session = paraphrases.session();
    List<Group> extended = new ArrayList<>();
    for (Group g : shown)
      extended.add(new Group(g.representative(), session.extend(g.representative(), g.articles(), all, sim, same)));
    extended.sort(
        Comparator.comparingInt((Group g) -> -g.articles().size()).thenComparingDouble(g -> -rank[g.representative()]));
    return extended;
  }

  /** A statement of fact: not a quotation, and of the shape of a sentence that stands alone. */
  static boolean factual(Statement s, SentenceFitness fitness) {
    return !s.isQuote() && quoted(s.text()) < 0.5 && fitness.shape(s.text()).isEmpty();
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
