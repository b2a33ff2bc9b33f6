package dev.parallax.nlp;

/**
 * A name split into words with each word's {@link Names#key key} computed once, so comparing many names
 * stays cheap.
 */
record NameForm(String text, String[] words, String[] keys) {

  static NameForm of(String name) {
    String[] words = name.strip().split("[\\s\\-]+");
    String[] keys = new String[words.length];
    for (int i = 0; i < words.length; i++) keys[i] = Names.key(words[i]);
    return new NameForm(name, words, keys);
  }

  int size() {
    return words.length;
  }

  String lastKey() {
    return keys[keys.length - 1];
  }

  boolean sameWord(int i, NameForm other, int j) {
    String a = keys[i];
    String b = other.keys[j];
    if (a.equals(b)) return true;
    if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) return false;
    return Math.max(letters(words[i]), letters(other.words[j])) >= 6 && Names.editDistance(a, b) <= 1;
  }

  /** The same name word by word. */
  boolean sameName(NameForm other) {
    if (size() != other.size()) return false;
    for (int i = 0; i < size(); i++) if (!sameWord(i, other, i)) return false;
    return true;
  }

  /** The same person: same surname, same first name or its initial; middle names may be missing on one side. */
  boolean samePerson(NameForm other) {
    if (size() < 2 || other.size() < 2) return false;
    if (!sameWord(size() - 1, other, other.size() - 1)) return false;
    if (initial(words[0]) || initial(other.words[0]))
      return Character.toLowerCase(words[0].charAt(0)) == Character.toLowerCase(other.words[0].charAt(0));
    return sameWord(0, other, 0);
  }

  /** This one-word name is the other name's surname. */
  boolean isSurnameOf(NameForm other) {
    return size() == 1 && sameWord(0, other, other.size() - 1);
  }

  /** The keys a word within one edit of {@code key} shares with it: the key and each one-letter deletion. */
  static java.util.List<String> neighbourhood(String key) {
    java.util.List<String> out = new java.util.ArrayList<>(key.length() + 1);
    out.add(key);
    for (int i = 0; i < key.length(); i++) out.add(key.substring(0, i) + key.substring(i + 1));
    return out;
  }

  private static boolean initial(String w) {
    return w.length() == 1 || w.length() == 2 && w.charAt(1) == '.';
  }

  private static int letters(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) n++;
    return n;
  }
}
