package dev.parallax.extract;

import dev.parallax.domain.Removed;
import dev.parallax.extract.LineClassifier.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

  /** The heading of a box of highlights, in the words sites use for it. */
  private static final Pattern HIGHLIGHTS =
      Pattern.compile(
          "(story |key |the )?(highlights|key points|takeaways|key facts|at a glance|in brief|in short|tl;?dr"
              + "|what you need to know|the big picture)\s*:?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BULLET = Pattern.compile("^\\s*[•►▶■●▪·*‣-]\\s*\\S.*");

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
    String[] reasons = new String[n];
    if (first >= 0) first = highlights(paragraphs, skip, items, first, reasons);
    if (first >= 0) first = lead(paragraphs, skip, items, first, reasons);
    if (last >= 0) last = continuation(paragraphs, skip, items, Math.max(first, last));
    for (int i = 0; i < n; i++) {
      if (skip[i]) {
        reasons[i] = Removed.METADATA;
        continue;
      }
      if (reasons[i] != null) continue;
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
      boolean leadIn = leadIn(p, items, j);
      boolean sentence =
          j == end + 1 && !items[end] && LineClassifier.wordCount(p) >= 4 && LineClassifier.endsLikeSentence(p)
              && !p.endsWith(":");
      if (!item && !leadIn && !sentence) break;
      end = j;
    }
    return end;
  }

  /**
   * A line that introduces the list after it: one ending with a colon ("The dates are:"), or a short title
   * that is no sentence ("Tour dates") over two items or more.
   */
  private static boolean leadIn(String p, boolean[] items, int j) {
    if (j + 1 >= items.length || !items[j + 1]) return false;
    if (p.endsWith(":")) return true;
    return j + 2 < items.length && items[j + 2] && LineClassifier.wordCount(p) <= 8 && !LineClassifier.endsLikeSentence(p);
  }

  /**
   * The first paragraph of the body, moved back over a list that leads into it: items right before the first
   * prose paragraph are the article's (key features, what a plan keeps) when a lead-in introduces them or they
   * read as sentences. A menu has links and is not an item here; a highlights box is cut before this.
   */
  private static int lead(List<String> paragraphs, boolean[] skip, boolean[] items, int first, String[] reasons) {
    int start = first;
    int words = 0;
    while (start > 0 && items[start - 1] && !skip[start - 1] && reasons[start - 1] == null
        && LineClassifier.classify(paragraphs.get(start - 1), Zone.BODY) == null) {
      start--;
      words += LineClassifier.wordCount(paragraphs.get(start));
    }
    if (first - start < 2) return first;
    if (start > 0 && !skip[start - 1] && reasons[start - 1] == null && leadIn(paragraphs.get(start - 1), items, start - 1)
        && LineClassifier.classify(paragraphs.get(start - 1), Zone.BODY) == null) return start - 1;
    boolean sentences = words >= 8 * (first - start);
    return sentences ? start : first;
  }

  /**
   * A box that sums the story up ahead of it ("Story highlights", "Key points"): the heading and the list
   * items (or bulleted lines) after it are cut with their reason.
   *
   * @return the first paragraph of the body after the box, or {@code first} when there is none
   */
  private static int highlights(List<String> paragraphs, boolean[] skip, boolean[] items, int first, String[] reasons) {
    int n = paragraphs.size();
    for (int i = 0; i < first; i++) {
      if (skip[i] || !HIGHLIGHTS.matcher(paragraphs.get(i).strip()).matches()) continue;
      int end = i + 1;
      while (end < n && !skip[end] && (items[end] || BULLET.matcher(paragraphs.get(end)).matches())) end++;
      if (end == i + 1) return first;
      for (int k = i; k < end; k++) reasons[k] = Removed.HIGHLIGHTS;
      for (int k = Math.max(end, first); k < n; k++)
        if (!skip[k] && LineClassifier.isProse(paragraphs.get(k))
            && LineClassifier.classify(paragraphs.get(k), Zone.BODY) == null) return k;
      return first;
    }
    return first;
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
   * paragraph, one right after its twin, or one of a run of three or more paragraphs of prose length that
   * repeats an earlier run (a body printed twice, as a page's mobile and desktop copies are). A run of short
   * lines repeated (the same breakfast, snack and lunch on two days) is the article's.
   */
  private static boolean copied(String[] keys, int j, int i) {
    if (LineClassifier.wordCount(keys[i]) >= 25 || i == j + 1) return true;
    int run = 1;
    int words = LineClassifier.wordCount(keys[i]);
    for (int k = 1; j - k >= 0 && keys[i - k].equals(keys[j - k]) && !keys[i - k].isEmpty(); k++) {
      run++;
      words += LineClassifier.wordCount(keys[i - k]);
    }
    for (int k = 1; i + k < keys.length && keys[i + k].equals(keys[j + k]) && !keys[i + k].isEmpty(); k++) {
      run++;
      words += LineClassifier.wordCount(keys[i + k]);
    }
    return run >= 3 && words >= run * 10;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
