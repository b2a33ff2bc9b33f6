package dev.parallax.nlp;

/**
 * One token of a paragraph with its universal part-of-speech tag (PROPN, NOUN, VERB, ...).
 *
 * @param start offset of its first character in the paragraph
 * @param end offset after its last character
 */
public record Token(String text, String tag, int start, int end) {

  /** Starts with an upper-case letter ("Lavrov", "NATO", "U.S."). */
  public boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  public boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }
}
