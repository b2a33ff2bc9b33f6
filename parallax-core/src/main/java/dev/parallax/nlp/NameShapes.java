package dev.parallax.nlp;

/**
 * What the letters of a word or run say about it, whatever the language around it: contractions, lone
 * letters, words in capitals, quoted runs, inner capitals, plurals. The rules of {@link MentionFinder} that
 * need no word list.
 */
final class NameShapes {

  private NameShapes() {}

  /** "I'll", "We're", "Don't": a pronoun or verb with a clitic, never a name. */
  static boolean contraction(String w) {
    int a = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
    if (a <= 0 || a == w.length() - 1) return false;
    String tail = w.substring(a + 1).toLowerCase(java.util.Locale.ROOT);
    return tail.equals("ll") || tail.equals("re") || tail.equals("ve") || tail.equals("m") || tail.equals("d") || tail.equals("t");
  }
  /** A one-letter word that is not an initial ("Group A"; "A" opening the next sentence of a caption). */
  static boolean loneLetter(Token x) {
    return x.text().length() == 1 && Character.isUpperCase(x.text().charAt(0));
  }
  static int capitals(String w) {
    int n = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) return 0;
      if (Character.isUpperCase(c)) n++;
    }
    return n;
  }
  /**
   * Two or more words in capitals of three letters or more, or one of six or more: a map label, a
   * headline or a dateline ("200 FEET LAS VEGAS BOULEVARD CROWD STAGE", "LONDON —"), not running text.
   */
  static boolean shouted(java.util.List<Token> t, int from, int to) {
    int caps = 0;
    for (int k = from; k < to; k++) if (capitals(t.get(k).text()) >= 3) caps++;
    return caps >= 2 && 2 * caps > to - from || to - from == 1 && capitals(t.get(from).text()) >= 6;
  }
  /** A run that is all a quotation ("‘Kill Bill’", "“Pulp Fiction,”"): the title of a work. */
  static boolean quotedWork(java.util.List<Token> t, int from, int to) {
    if (from == 0 || !openingMark(t.get(from - 1).text())) return false;
    int k = to;
    if (k < t.size() && (t.get(k).text().equals(",") || t.get(k).text().equals("."))) k++;
    return k < t.size() && closingMark(t.get(k).text());
  }
  static boolean openingMark(String w) {
    return w.equals("“") || w.equals("‘") || w.equals("\"") || w.equals("'");
  }
  static boolean closingMark(String w) {
    String m = w.replaceAll("[,.;:!?]", "");
    return m.equals("”") || m.equals("’") || m.equals("\"") || m.equals("'");
  }
  /** A capital after a lower-case letter inside one word: "CoinDesk", not "McDonald" or "MacArthur". */
  static boolean innerCapital(String w) {
    for (int k = 2; k < w.length(); k++)
      if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1)) && !w.startsWith("Mc") && !w.startsWith("Mac")
          && !w.startsWith("De") && !w.startsWith("La") && !w.startsWith("Di") && !w.startsWith("O'")) return true;
    return false;
  }
  static boolean plural(String w) {
    return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
  }
}
