package dev.parallax.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text from its commonest function words. Covers the languages news in Latin
 * script mostly comes in; answers null when the text is too short or no language stands out.
 */
final class Languages {

  private static final Map<String, Set<String>> STOPWORDS =
      Map.of(
          "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "he", "it", "on", "said"),
          "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "ein", "eine", "dem"),
          "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "que", "qui", "sur", "pas"),
          "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se"),
          "it", Set.of("il", "di", "che", "la", "per", "non", "una", "del", "della", "sono", "con", "gli", "nel", "è"),
          "pt", Set.of("o", "de", "que", "não", "uma", "os", "do", "da", "em", "para", "com", "por", "as", "foi"),
          "nl", Set.of("de", "het", "een", "en", "van", "niet", "dat", "zijn", "op", "te", "met", "voor", "ook", "is"));

  private Languages() {}

  static String guess(String text) {
    String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (words.length < 8) return null;
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (var e : STOPWORDS.entrySet()) {
      int count = 0;
      for (String w : words) if (e.getValue().contains(w)) count++;
      if (count > bestCount) {
        second = bestCount;
        bestCount = count;
        best = e.getKey();
      } else if (count > second) {
        second = count;
      }
    }
    if (bestCount * 10 < words.length || bestCount < second * 3 / 2 + 1) return null;
    return best;
  }

  /** The primary language subtag of a declared language ("en-GB" → "en"), or null. */
  static String normalize(String declared) {
    if (declared == null) return null;
    String s = declared.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = s.indexOf('-');
    if (dash > 0) s = s.substring(0, dash);
    return s.matches("[a-z]{2,3}") ? s : null;
  }
}
