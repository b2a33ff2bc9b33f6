package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of an article the language stages read: its leading paragraphs up to a fixed number of
 * characters. News puts what matters first, and a long read of about 10,000 words is read whole; a page of
 * megabytes (a feed item that carries a whole archive, a text file of one sentence repeated) costs what a
 * long read costs instead of time and memory in proportion to its size. The paragraphs kept are a prefix of
 * the article's, so their indexes and offsets are the article's own.
 */
public final class TextBudget {

  /** Characters of one article's body that the language stages (sentences, names, quotes, brief) read. */
  public static final int ARTICLE_CHARS = 60_000;

  private TextBudget() {}

  /** The article's leading paragraphs, the last one cut at a sentence end (or a space) within the budget. */
  public static List<String> leading(List<String> paragraphs, int maxChars) {
    if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be > 0: " + maxChars);
    int total = 0;
    for (String p : paragraphs) total += p.length();
    if (total <= maxChars) return paragraphs;
    List<String> out = new ArrayList<>();
    int left = maxChars;
    for (String p : paragraphs) {
      if (p.length() <= left) {
        out.add(p);
        left -= p.length();
        continue;
      }
      String cut = cut(p, left);
      if (!cut.isEmpty()) out.add(cut);
      break;
    }
    return out;
  }

  /** The paragraph's start, at most {@code max} characters, ending after a full stop or at a space if it can. */
  static String cut(String paragraph, int max) {
    int end = -1;
    for (int i = max - 1; i > max / 2 && end < 0; i--) {
      char c = paragraph.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(paragraph.charAt(i + 1))) end = i + 1;
    }
    for (int i = max; i > 0 && end < 0; i--) if (Character.isWhitespace(paragraph.charAt(i))) end = i;
    return paragraph.substring(0, end < 0 ? max : end).strip();
  }
}
