package dev.parallax.brief;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two statements of a story state the same fact. They must not contradict each other on numbers,
 * days or who is named (see {@link Meaning#agrees} and {@link Meaning#sameNames}), and then either share
 * enough terms (TF-IDF cosine and content words) or, reworded, name the same people by surname and share a
 * few more words: "Rubio, Waltz and Witkoff" and "Secretary of State Marco Rubio ... national security
 * adviser Mike Waltz ... envoy Steve Witkoff".
 *
 * <p>Names that a tenth of the story's statements mention (its Trump and Putin) tell no two facts apart and
 * are left out of the names test.
 */
final class SameFact {

  /** Looser than the summary's citation test: a fact is often reworded more than a lead is. */
  static final double SAME_FACT = 0.3;

  static final int SHARED_WORDS = 4;
  /** Two sentences naming the same people or places need less term overlap to state the same fact. */
  static final double NAMED_FACT = 0.15;

  static final int SHARED_NAMES = 2;
  /** Words other than names and titles two such sentences share ("pave the way", "phone call"). */
  static final int SHARED_STEMS = 3;
  /** Share of a fact's words (not names or titles) a rewording of it shares at least. */
  static final double COVERED = 0.5;
  /** A name in more than this share of a story's statements (its main actors) tells no two facts apart. */
  static final double COMMON = 0.1;
  /** ... and in more statements than this, so that in a short story no name is common. */
  static final int COMMON_MIN = 4;

  private final List<Statement> all;
  private final double[][] sim;
  private final Meaning[] meanings;
  private final Set<String> common;

  SameFact(List<Statement> all, double[][] sim) {
    this.all = all;
    this.sim = sim;
    this.meanings = new Meaning[all.size()];
    Map<String, Integer> df = new HashMap<>();
    for (int i = 0; i < meanings.length; i++) {
      meanings[i] = Meaning.of(all.get(i).text());
      for (String name : meanings[i].names()) df.merge(name, 1, Integer::sum);
    }
    for (int i = 0; i < meanings.length; i++) meanings[i] = meanings[i].withName(df.keySet());
    common = new HashSet<>();
    df.forEach((name, count) -> {
      if (count > Math.max(COMMON * all.size(), COMMON_MIN)) common.add(name);
    });
  }

  /**
   * Whether statement {@code j} may state fact {@code i} in other words: no different figure or day, and
   * three words in common that are not names or titles (what is said, not only who is named), which are a
   * good part of what the fact says: a sentence that echoes one clause of a long fact does not state it.
   */
  boolean candidate(int i, int j) {
    Meaning a = meanings[i];
    Meaning b = meanings[j];
    if (!a.agrees(b)) return false;
    int shared = a.sharedPlainWords(b);
    return shared >= SHARED_STEMS && shared >= COVERED * a.plainWords();
  }

  boolean test(int i, int j) {
    if (i == j || sim[i][j] < NAMED_FACT) return false;
    Meaning a = meanings[i];
    Meaning b = meanings[j];
    if (!a.agrees(b) || !a.sameNames(b, common)) return false;
    if (Statement.sameContent(all.get(i), all.get(j), sim[i][j], SAME_FACT, SHARED_WORDS)) return true;
    return a.sharedNames(b, common) >= SHARED_NAMES && a.sharedWords(b) >= SHARED_STEMS;
  }
}
