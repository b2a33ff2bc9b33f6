package dev.parallax.cluster;

import dev.parallax.domain.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper-noun features without a model: runs of capitalised words ("Sergei Lavrov", "Riyadh") in the title
 * and lead. Each run counts as a whole and each of its words counts alone, so "Lavrov" matches "Sergei
 * Lavrov". Function words that are capitalised only because they start a sentence are left out, and so
 * are title-case headline words that the lead writes in lower case ("Bank ... holds rates" when the lead
 * says "the bank").
 */
public final class CapitalisedNgrams implements EntityFeatures {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.\\-]*|[.!?:;\"“”]");
  private static final Set<String> COMMON =
      Set.of(
          "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "by", "with", "from",
          "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "its", "this", "that",
          "these", "those", "there", "here", "when", "while", "after", "before", "as", "if", "what", "who",
          "why", "how", "where", "is", "was", "are", "were", "be", "has", "have", "had", "will", "would",
          "can", "could", "should", "may", "not", "no", "yes", "so", "then", "now", "also", "mr",
          "mrs", "ms", "dr", "said", "says", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
          "september", "october", "november", "december", "photo", "image", "advertisement", "read",
          "share", "sign", "up", "new", "one", "two", "some", "all", "more", "most", "many");

  @Override
  public Map<String, Integer> entities(Article article) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> lead = Lead.paragraphs(article);
    Set<String> lowercase = lowercaseWords(lead);
    scan(Lead.title(article), counts, true, lowercase);
    for (String p : lead) scan(p, counts, false, Set.of());
    return counts;
  }

  /** Words the lead writes in lower case: in a title-case headline they are not names. */
  private static Set<String> lowercaseWords(List<String> lead) {
    Set<String> out = new java.util.HashSet<>();
    for (String p : lead) {
      Matcher m = TOKEN.matcher(p);
      while (m.find()) {
        String tok = m.group();
        if (Character.isLowerCase(tok.charAt(0))) out.add(trimTrailing(tok));
      }
    }
    return out;
  }

  private static void scan(String text, Map<String, Integer> counts, boolean title, Set<String> lowercase) {
    Matcher m = TOKEN.matcher(text);
    List<String> run = new ArrayList<>();
    boolean sentenceStart = true;
    while (m.find()) {
      String tok = m.group();
      char c = tok.charAt(0);
      if (!Character.isLetter(c)) {
        flush(run, counts);
        sentenceStart = ".!?:;\"“”".indexOf(c) >= 0;
        continue;
      }
      String word = trimTrailing(tok);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean capital =
          Character.isUpperCase(c)
              && !COMMON.contains(lower)
              && lower.length() > 1
              && !(title && lowercase.contains(lower));
      // In titles every word may be capitalised: only words in capitals elsewhere would tell; keep them.
      if (capital && !(sentenceStart && run.isEmpty() && !title && isPlainWordAtStart(word))) {
        run.add(lower);
      } else {
        flush(run, counts);
      }
      sentenceStart = tok.endsWith(".") && !isInitial(tok);
      if (sentenceStart) flush(run, counts);
    }
    flush(run, counts);
  }

  private static boolean isPlainWordAtStart(String word) {
    // A capitalised first word of a sentence is kept only when it does not look like a common word.
    return word.length() > 1 && Character.isLowerCase(word.charAt(1)) && COMMON.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isInitial(String tok) {
    return tok.length() <= 3 && Character.isUpperCase(tok.charAt(0));
  }

  private static String trimTrailing(String tok) {
    int end = tok.length();
    while (end > 1 && ".'’-".indexOf(tok.charAt(end - 1)) >= 0) end--;
    String s = tok.substring(0, end);
    if (s.endsWith("'s") || s.endsWith("’s")) s = s.substring(0, s.length() - 2);
    return s;
  }

  private static void flush(List<String> run, Map<String, Integer> counts) {
    if (run.isEmpty()) return;
    for (String w : run) counts.merge(w, 1, Integer::sum);
    if (run.size() > 1 && run.size() <= 4) counts.merge(String.join(" ", run), 1, Integer::sum);
    run.clear();
  }
}
