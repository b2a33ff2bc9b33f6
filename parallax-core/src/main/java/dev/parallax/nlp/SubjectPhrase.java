package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The subject of a speech verb read as a noun phrase, so that a name merely standing in it is not taken for
 * the speaker. The phrase is split at its commas; parts that open with a preposition are adverbials ("In a
 * statement,", "Speaking to reporters,") and are skipped. The first part left is the head: cut before a
 * preposition after a common noun ("a commentator in the newspaper Haaretz": the commentator) and after a
 * possessive ("Bruce Steinberg’s sister": the sister). A name ending the head speaks ("the Kremlin spokesman
 * Dmitry Peskov", "Tamara Steinberg Jacobson, Bruce Steinberg’s sister"); a common noun as head gives way to
 * a name in apposition to it ("The coach, John Fox, said"), else it is a role or an unnamed source ("a
 * relative"). A speech verb joined to an earlier verb of its sentence ("she wished …, but added") has that
 * verb's subject.
 */
final class SubjectPhrase {

  private SubjectPhrase() {}

  private static final Set<String> COORDINATORS = Set.of("and", "but", "then");

  /**
   * The speaker named by the subject ending at token {@code k}, the verb's first word being {@code k + 1}, or
   * null when the words before the verb are no noun phrase this reads (the caller then looks for names near).
   */
  static Speaker speaker(
      QuoteFinder f, List<Token> t, int lo, int k, int paragraph, List<Mention> mentions, QuoteFinder.Layout layout) {
    if (COORDINATORS.contains(t.get(k).lower())) {
      for (int v = lo; v < k; v++)
        if (t.get(v).tag().equals("VERB")) return v > lo ? f.subject(t, lo, v, paragraph, mentions, layout) : null;
      return null;
    }
    int s = k;
    while (s - 1 >= lo && inPhrase(t, s - 1)) s--;
    // stopped inside a clause ("Speaking to reporters, Smith said"): its tail is no part of the subject
    boolean clauseBefore = s - 1 >= lo && !isPunct(t.get(s - 1));
    while (s <= k && isPunct(t.get(s))) s++;
    List<int[]> parts = new ArrayList<>();
    int start = s;
    for (int j = s; j <= k + 1; j++)
      if (j == k + 1 || t.get(j).text().equals(",")) {
        if (j > start && !adverbial(t.get(start))) parts.add(new int[] {start, j});
        start = j + 1;
      }
    if (clauseBefore && parts.size() > 1 && parts.getFirst()[0] == s) parts.removeFirst();
    if (parts.isEmpty()) return null;
    int[] head = head(t, parts.getFirst(), paragraph, mentions);
    int name = lastName(t, head, paragraph, mentions);
    if (name >= 0) return new Speaker(Speaker.Kind.NAMED, mentions.get(name).text(), List.of(name));
    if (!t.get(head[1] - 1).tag().equals("NOUN")) return null;
    for (int p = 1; p < parts.size(); p++) { // "The coach, John Fox, said"
      int[] part = parts.get(p);
      int m = lastName(t, part, paragraph, mentions);
      if (m >= 0 && mentions.get(m).start() <= t.get(part[0] + 1 < part[1] ? part[0] + 1 : part[0]).start())
        return new Speaker(Speaker.Kind.NAMED, mentions.get(m).text(), List.of(m));
    }
    return f.phrase(t, head[0], head[1]);
  }

  /** The head words of a part [from, to): after its last possessive, before a preposition following a common noun. */
  private static int[] head(List<Token> t, int[] part, int paragraph, List<Mention> mentions) {
    int from = part[0];
    int to = part[1];
    for (int j = from; j < to; j++) if (possessive(t.get(j)) && j + 1 < to) from = j + 1;
    for (int j = from + 1; j < to; j++)
      if (preposition(t.get(j)) && !t.get(j - 1).capitalised()
          && QuoteFinder.mentionCovering(mentions, paragraph, t.get(j)) < 0) {
        to = j;
        break;
      }
    return new int[] {from, to};
  }

  /** The name that ends the words [from, to), not followed by a possessive, or -1. */
  private static int lastName(List<Token> t, int[] span, int paragraph, List<Mention> mentions) {
    int end = span[1] - 1;
    while (end >= span[0] && isPunct(t.get(end))) end--;
    if (end < span[0]) return -1;
    int m = QuoteFinder.mentionCovering(mentions, paragraph, t.get(end));
    if (m < 0 || mentions.get(m).start() < t.get(span[0]).start()) return -1;
    return m;
  }

  private static boolean inPhrase(List<Token> t, int j) {
    Token x = t.get(j);
    if (QuoteFinder.quoteMark(x) || QuoteFinder.sentenceEnd(x)) return false;
    String tag = x.tag();
    return tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NUM") || tag.equals("DET")
        || preposition(x) || possessive(x) || x.text().equals(",") || x.text().equals("-") || x.text().equals("&")
        || hyphened(t, j);
  }

  /** A word of a hyphenated compound, whatever its tag ("left-wing", "65-year-old"). */
  private static boolean hyphened(List<Token> t, int j) {
    Token x = t.get(j);
    boolean before = j > 0 && t.get(j - 1).text().equals("-") && t.get(j - 1).end() == x.start();
    boolean after = j + 1 < t.size() && t.get(j + 1).text().equals("-") && t.get(j + 1).start() == x.end();
    return before || after;
  }

  /** A preposition; "to" is tagged a particle in "a statement to ABC News". */
  private static boolean preposition(Token x) {
    return x.tag().equals("ADP") || x.is("to");
  }

  private static boolean adverbial(Token x) {
    return preposition(x) || x.tag().equals("SCONJ") || x.tag().equals("ADV");
  }

  private static boolean possessive(Token x) {
    String s = x.text();
    return s.equalsIgnoreCase("'s") || s.equalsIgnoreCase("’s") || s.equals("'") || s.equals("’");
  }

  private static boolean isPunct(Token x) {
    return x.tag().equals("PUNCT") && !possessive(x);
  }
}
