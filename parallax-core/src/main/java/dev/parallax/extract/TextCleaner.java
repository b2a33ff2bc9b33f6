package dev.parallax.extract;

import dev.parallax.domain.Removed;
import dev.parallax.extract.LineClassifier.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Separates the body of a text from its furniture, paragraph by paragraph. Besides what each line looks like
 * on its own ({@link LineClassifier}), it uses the layout of the whole text: where the prose begins and ends,
 * a credit line that marks the line before it as a caption, and a short line that repeats the start of a body
 * paragraph (a caption or pull quote).
 */
final class TextCleaner {

  /** The outcome: kept paragraphs, captions and everything cut. */
  record Cleaned(List<String> paragraphs, List<String> captions, List<Removed> removed) {}

  /** Above this many paragraphs the quadratic search for repeated starts is skipped. */
  private static final int MAX_PREFIX_CHECK = 3000;

  private TextCleaner() {}

  /**
   * @param paragraphs the text's paragraphs in order
   * @param skip paragraphs already taken as metadata (title, byline, ...), recorded as such
   */
  static Cleaned clean(List<String> paragraphs, boolean[] skip) {
    return clean(paragraphs, skip, new boolean[paragraphs.size()]);
  }

  /**
   * @param paragraphs the text's paragraphs in order
   * @param skip paragraphs already taken as metadata (title, byline, ...), recorded as such
   * @param items paragraphs that are items of a list or lines broken by {@code <br>} in the page, without links
   */
  static Cleaned clean(List<String> paragraphs, boolean[] skip, boolean[] items) {
    int n = paragraphs.size();
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (!skip[i] && LineClassifier.isProse(paragraphs.get(i))
          && LineClassifier.classify(paragraphs.get(i), Zone.BODY) == null) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (last >= 0) last = continuation(paragraphs, skip, items, last);
    String[] reasons = new String[n];
    for (int i = 0; i < n; i++) {
      if (skip[i]) {
        reasons[i] = Removed.METADATA;
        continue;
      }
      Zone zone = first < 0 ? Zone.BODY : i < first ? Zone.HEAD : i > last ? Zone.TAIL : Zone.BODY;
      reasons[i] = LineClassifier.classify(paragraphs.get(i), zone);
      if (reasons[i] == null && zone == Zone.TAIL && !LineClassifier.isProse(paragraphs.get(i))
          && LineClassifier.wordCount(paragraphs.get(i)) <= 12) reasons[i] = Removed.BOILERPLATE;
    }
    markCaptions(paragraphs, reasons);
    markRepeats(paragraphs, reasons);
    List<String> kept = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String p = paragraphs.get(i);
      if (reasons[i] == null) kept.add(p);
      else if (reasons[i].equals(Removed.CAPTION)) captions.add(p);
      else if (!reasons[i].equals(Removed.METADATA)) removed.add(new Removed(p, reasons[i]));
    }
    if (kept.isEmpty() && !captions.isEmpty()) return new Cleaned(MediaLines.galleryBody(captions), List.of(), removed);
    for (String c : captions) removed.add(new Removed(c, Removed.CAPTION));
    return new Cleaned(kept, captions, removed);
  }

  /**
   * The last paragraph of the body, moved past what still continues the article after its last paragraph of
   * prose: the items of a list or lines broken by {@code <br>} (tour dates, ingredients, features), a short
   * line that introduces them ("The dates are:"), a short sentence that ends it. Each must pass the line
   * classifier as body text; the run stops at the first line that is none of these.
   */
  private static int continuation(List<String> paragraphs, boolean[] skip, boolean[] items, int last) {
    int n = paragraphs.size();
    int end = last;
    for (int j = last + 1; j < n && !skip[j]; j++) {
      String p = paragraphs.get(j).strip();
      if (LineClassifier.classify(p, Zone.BODY) != null) break;
      boolean item = items[j];
      boolean leadIn = p.endsWith(":") && j + 1 < n && items[j + 1];
      boolean sentence =
          j == end + 1 && !items[end] && LineClassifier.wordCount(p) >= 4 && LineClassifier.endsLikeSentence(p)
              && !p.endsWith(":");
      if (!item && !leadIn && !sentence) break;
      end = j;
    }
    return end;
  }

  /**
   * The line just before a credit is that picture's caption, unless it reads as a sentence of prose (a
   * picture without a caption follows a paragraph of the article).
   */
  private static void markCaptions(List<String> paragraphs, String[] reasons) {
    for (int i = 1; i < paragraphs.size(); i++) {
      if (!Removed.CREDIT.equals(reasons[i]) || reasons[i - 1] != null) continue;
      String before = paragraphs.get(i - 1);
      boolean prose = LineClassifier.isProse(before) && LineClassifier.endsLikeSentence(before);
      if (LineClassifier.wordCount(before) <= 40 && !prose) reasons[i - 1] = Removed.CAPTION;
    }
  }

  /**
   * A short kept line that is the start of a longer kept paragraph is a caption or pull quote repeating the
   * text; a paragraph kept twice is a duplicate.
   */
  private static void markRepeats(List<String> paragraphs, String[] reasons) {
    int n = paragraphs.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) keys[i] = key(paragraphs.get(i));
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (reasons[i] != null) continue;
      String key = keys[i];
      Integer earlier = firstSeen.putIfAbsent(key, i);
      if (earlier != null && LineClassifier.wordCount(key) >= 5 && copied(keys, earlier, i)) {
        reasons[i] = Removed.DUPLICATE;
        continue;
      }
      if (n > MAX_PREFIX_CHECK || key.length() < 20 || LineClassifier.wordCount(key) > 40) continue;
      if (LineClassifier.endsLikeSentence(paragraphs.get(i))) continue;
      for (int j = 0; j < n; j++) {
        if (j == i || reasons[j] != null) continue;
        if (keys[j].length() > key.length() && keys[j].startsWith(key)) {
          reasons[i] = Removed.CAPTION;
          break;
        }
      }
    }
  }

  /**
   * Whether paragraph {@code i}, equal to the earlier paragraph {@code j}, is a copy rather than a line the
   * article repeats (the same breakfast on three days of a meal plan, the same question to each guest): a long
   * paragraph, one right after its twin, or one of a run of three or more paragraphs that repeats an earlier run (a body printed twice,
   * as a page's mobile and desktop copies are).
   */
  private static boolean copied(String[] keys, int j, int i) {
    if (LineClassifier.wordCount(keys[i]) >= 25 || i == j + 1) return true;
    int run = 1;
    for (int k = 1; j - k >= 0 && keys[i - k].equals(keys[j - k]) && !keys[i - k].isEmpty(); k++) run++;
    for (int k = 1; i + k < keys.length && keys[i + k].equals(keys[j + k]) && !keys[i + k].isEmpty(); k++) run++;
    return run >= 3;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
