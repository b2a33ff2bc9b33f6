package dev.parallax.brief;

import java.util.Set;

/**
 * One sentence of a story, as the brief's parts see it.
 *
 * @param article index of its article in the story
 * @param position index of the sentence within its article
 * @param words its content words (see {@link TermVectors#words})
 */
record Statement(int article, int position, String text, Set<String> words) {

  /** Whether two statements say the same thing: similar terms and enough shared content words. */
  static boolean sameContent(Statement a, Statement b, double cosine, double minCosine, int minShared) {
    if (cosine < minCosine) return false;
    return shared(a, b) >= minShared;
  }

  static int shared(Statement a, Statement b) {
    int n = 0;
    for (String w : a.words()) if (b.words().contains(w)) n++;
    return n;
  }

  /** A quotation, or the end of one that began in an earlier sentence ("... next week.”"). */
  boolean isQuote() {
    char first = text.charAt(0);
    if (first == '"' || first == '“' || first == '‘' || first == '\'') return true;
    return count('”') > count('“');
  }

  private long count(char c) {
    return text.chars().filter(ch -> ch == c).count();
  }
}
