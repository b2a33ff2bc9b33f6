package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * An element's class and id read as words, so that a vocabulary of furniture ("rail", "ad", "share") names
 * what a block is rather than any name that happens to contain those letters ("trailer", "address",
 * "sharecropper"). Names are split at every character that is not a letter or digit and between a lower and
 * an upper case letter ("shareBar" is "share bar").
 *
 * <p>A word of the vocabulary matches a name's word when they are equal; one of four or five letters also
 * when it starts the name's word ("sharebar", "promotion"); one of six letters or more also when it is
 * anywhere inside it ("rightsidebar", "postcomments"). A vocabulary entry of several words matches them in a
 * row, or run together as one word ("most popular", "mostpopular").
 */
final class ClassNames {

  /** A set of words that name one kind of block. */
  record Vocabulary(List<String[]> entries) {
    static Vocabulary of(String... words) {
      List<String[]> entries = new ArrayList<>();
      for (String w : words) entries.add(w.split(" "));
      return new Vocabulary(List.copyOf(entries));
    }
  }

  private ClassNames() {}

  /** The words of an element's class and id. */
  static List<String> of(Element e) {
    return of(e.className() + " " + e.id());
  }

  /** The words of a class or id string. */
  static List<String> of(String names) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      boolean split =
          !Character.isLetterOrDigit(c)
              || (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1)));
      if (split && word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) word.append(c);
    }
    if (word.length() > 0) words.add(word.toString().toLowerCase(Locale.ROOT));
    return words;
  }

  /** Whether any entry of the vocabulary names one of the words. */
  static boolean matches(List<String> words, Vocabulary vocabulary) {
    for (String[] entry : vocabulary.entries()) {
      for (int i = 0; i < words.size(); i++) {
        if (entry.length == 1) {
          if (matches(words.get(i), entry[0])) return true;
        } else if (run(words, i, entry) || matches(words.get(i), String.join("", entry))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean run(List<String> words, int start, String[] entry) {
    if (start + entry.length > words.size()) return false;
    for (int j = 0; j < entry.length; j++) if (!words.get(start + j).equals(entry[j])) return false;
    return true;
  }

  private static boolean matches(String word, String entry) {
    if (word.equals(entry)) return true;
    if (entry.length() >= 6) return word.contains(entry);
    return entry.length() >= 4 && word.startsWith(entry);
  }
}
