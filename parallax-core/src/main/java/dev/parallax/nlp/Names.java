package dev.parallax.nlp;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * When two spellings name the same thing. A word's key drops accents, case and punctuation, reads "y" as
 * "i" and collapses doubled letters, so transliterations (Zelensky, Zelenskiy, Zelenskyy; Sergei, Sergey)
 * and doubled-letter typos (Emanuel, Emmanuel) share a key; words of six letters or more that still differ
 * by one edit with the same first letter (Riyadh, Riyad; Scholz, Sholz) are the same word too. Nothing
 * looser: Trump and Tusk, Lavrov and Skripal stay apart.
 */
public final class Names {

  private Names() {}

  public static String key(String word) {
    String s = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c)) continue;
      if (c == 'y') c = 'i';
      if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
      b.append(c);
    }
    return b.toString();
  }

  /** The keys of a name's words. */
  public static String[] keys(String name) {
    return Arrays.stream(name.split("[\\s\\-]+")).map(Names::key).filter(k -> !k.isEmpty()).toArray(String[]::new);
  }

  /** Two words are the same name word. */
  public static boolean sameWord(String a, String b) {
    return NameForm.of(a).sameName(NameForm.of(b)) && a.strip().split("[\\s\\-]+").length == 1;
  }

  /** Two names of the same number of words are the same, word by word ("Riyadh" / "Riyad", "Nato" / "NATO"). */
  public static boolean sameName(String a, String b) {
    return NameForm.of(a).sameName(NameForm.of(b));
  }

  /**
   * Two names of people are the same person: same surname and same first name (or one given as its
   * initial); middle names and initials may be missing on one side.
   */
  public static boolean samePerson(String a, String b) {
    return NameForm.of(a).samePerson(NameForm.of(b));
  }

  /** The last word of a person's name, which a surname-only mention matches. */
  public static String surname(String name) {
    String[] w = name.split("\\s+");
    return w[w.length - 1];
  }

  /** The initials of a name's capitalised words ("North Atlantic Treaty Organization" gives NATO). */
  public static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
    return b.toString();
  }



  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length()][b.length()];
  }
}
