package dev.parallax.extract;

import dev.parallax.domain.Removed;
import java.util.List;

/**
 * Tells a page that lists other stories (a section front, a tag page, search results) from an article: in
 * the chosen content, headline-sized links are about as many as the paragraphs left around them, and none
 * of those paragraphs is long, as teaser blurbs never are.
 */
final class ListingCheck {

  private ListingCheck() {}

  /** Blocks cut as links that read like headlines (a few to twenty words, not a web address). */
  static int headlineLinks(List<Removed> linkBlocks) {
    int n = 0;
    for (Removed r : linkBlocks) {
      String text = r.text();
      if (text.contains("://") || text.startsWith("www.")) continue; // a bare address is not a headline
      int words = LineClassifier.wordCount(text);
      if (words >= 3 && words <= 20) n++;
    }
    return n;
  }

  static boolean isListing(int headlineLinks, List<String> paragraphs) {
    if (headlineLinks < 6) return false;
    int blurbs = 0;
    for (String p : paragraphs) {
      int words = LineClassifier.wordCount(p);
      if (words > 50) return false;
      if (words >= 8) blurbs++;
    }
    return headlineLinks * 10 >= blurbs * 6;
  }
}
