package dev.parallax.brief;

import dev.parallax.domain.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences a brief weighs, a fixed number whatever the size of the story or of its articles. The brief
 * compares every pair of the sentences it weighs, so their number squared is its memory and time: a story of
 * 420 articles (12,000 sentences) or an article of one sentence repeated 12,000 times would need gigabytes.
 *
 * <p>Per article: its sentences in order, an exact repeat of an earlier one (a page's boilerplate, a text
 * pasted twice) and a run-on of more than {@link #SENTENCE_CHARS} (a table or list read as one sentence,
 * never summarisable) left out, at most {@link #PER_ARTICLE}. Per story, when the articles offer more than
 * {@link #PER_STORY}: the leads of every article first (news puts what matters first), then second
 * sentences, and so on, each round taking an outlet's first article before its second, so the sentences
 * weighed come from as many outlets as possible. A story within the budget, as nearly all are, is briefed
 * from all its sentences.
 */
final class SentenceBudget {

  /** Sentences of one article weighed: a long read has about 100. */
  static final int PER_ARTICLE = 150;
  /** Sentences of one story weighed: pairwise similarities of 2,000 sentences take 32 MB. */
  static final int PER_STORY = 2_000;
  /** Longer than this is no sentence (about 150 words): a list or table run together. */
  static final int SENTENCE_CHARS = 1_000;

  private SentenceBudget() {}

  /**
   * @param sentences each article's sentences, in the order of {@code articles}
   * @return the statements weighed, by article then position; positions are the sentences' own
   */
  static List<Statement> select(List<Article> articles, List<List<String>> sentences) {
    return select(articles, sentences, PER_ARTICLE, PER_STORY);
  }

  static List<Statement> select(List<Article> articles, List<List<String>> sentences, int perArticle, int perStory) {
    if (articles.size() != sentences.size())
      throw new IllegalArgumentException("sentences of " + sentences.size() + " articles for " + articles.size());
    List<List<Integer>> kept = new ArrayList<>();
    int total = 0;
    for (List<String> s : sentences) {
      List<Integer> positions = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int p = 0; p < s.size() && positions.size() < perArticle; p++) {
        String text = s.get(p);
        if (text.length() <= SENTENCE_CHARS && seen.add(text)) positions.add(p);
      }
      kept.add(positions);
      total += positions.size();
    }
    List<int[]> chosen = new ArrayList<>(); // {article, position}
    if (total <= perStory) {
      for (int a = 0; a < kept.size(); a++) for (int p : kept.get(a)) chosen.add(new int[] {a, p});
    } else {
      List<Integer> order = outletsFirst(articles);
      for (int round = 0; chosen.size() < perStory; round++)
        for (int k = 0; k < order.size() && chosen.size() < perStory; k++) {
          int a = order.get(k);
          if (round < kept.get(a).size()) chosen.add(new int[] {a, kept.get(a).get(round)});
        }
      chosen.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
    }
    List<Statement> out = new ArrayList<>(chosen.size());
    for (int[] c : chosen) {
      String text = sentences.get(c[0]).get(c[1]);
      out.add(new Statement(c[0], c[1], text, TermVectors.words(text)));
    }
    return out;
  }

  /** Article indexes: each outlet's first article (in story order), then each outlet's second, and so on. */
  static List<Integer> outletsFirst(List<Article> articles) {
    Map<String, Integer> seen = new HashMap<>();
    int[] rank = new int[articles.size()];
    for (int a = 0; a < articles.size(); a++) {
      String outlet = articles.get(a).outletName();
      rank[a] = outlet == null ? 0 : seen.merge(outlet, 1, Integer::sum) - 1;
    }
    List<Integer> order = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) order.add(a);
    order.sort(Comparator.comparingInt((Integer a) -> rank[a]).thenComparingInt(a -> a));
    return order;
  }
}
