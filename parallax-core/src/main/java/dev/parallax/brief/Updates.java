package dev.parallax.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where outlets differ. An update: an earlier article says something is planned and a later one says it was
 * changed (postponed, cancelled, moved), or a later article gives a figure that it says has moved ("rose
 * to") — the story moved on, nobody is wrong. A conflict: two articles on the same subject give different
 * values of the same quantity of the same thing ({@link Figures}: "$50 million of donated airtime" and a "$7
 * million campaign" are two things) and nothing says one replaced the other.
 */
final class Updates {

  private static final int I = Pattern.CASE_INSENSITIVE;
  private static final Pattern PLAN =
      Pattern.compile(
          "\\b(plans? to|planning to|will (visit|travel|meet|sign|hold|attend)|(is|are) (scheduled|due|set|expected) to|intends? to)\\b",
          I);
  private static final Pattern CHANGE =
      Pattern.compile(
          "\\b(postpon\\w*|cancel\\w*|call(ed|ing)? off|delay\\w*|put off|scrapp\\w*|rescheduled|brought forward)\\b",
          I);
  private static final Pattern REVISED =
      Pattern.compile("\\b(rose|risen|climbed|increased|jumped|fell|dropped|now stands|has now|updated|revised|latest)\\b", I);
  /** Content words two sentences must share to be about the same thing. */
  static final int SAME_SUBJECT = 4;

  private Updates() {}

  /**
   * @param readingRank each article's place in the timeline (earlier first)
   * @param ids article ids by index
   */
  /** TF-IDF cosine from which two sentences with figures are about the same subject. */
  static final double SAME_TOPIC = 0.35;

  static List<Brief.Disagreement> find(
      List<Statement> all, double[][] sim, Map<Integer, Integer> readingRank, List<String> ids, Predicate<String> fit) {
    List<Brief.Disagreement> out = new ArrayList<>();
    // each sentence is read once: the pairs below only compare what was found
    int n = all.size();
    boolean[] plans = new boolean[n];
    boolean[] changes = new boolean[n];
    boolean[] revised = new boolean[n];
    List<List<Quantity>> figures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = all.get(i).text();
      plans[i] = PLAN.matcher(text).find();
      changes[i] = CHANGE.matcher(text).find();
      revised[i] = REVISED.matcher(text).find();
      // a claim is shown to the reader as it stands, so captions and labels make none
      figures.add(all.get(i).isQuote() || !fit.test(text) ? List.of() : Quantity.in(text));
    }
    for (int i = 0; i < n; i++) {
      if (!plans[i]) continue;
      Statement plan = all.get(i);
      for (int j = 0; j < n; j++) {
        Statement change = all.get(j);
        if (!changes[j] || change.article() == plan.article()) continue;
        if (readingRank.get(change.article()) <= readingRank.get(plan.article())) continue;
        if (Statement.shared(plan, change) < SAME_SUBJECT) continue;
        out.add(
            new Brief.Disagreement(
                subject(plan, change),
                "update",
                List.of(
                    new Brief.Sourced(plan.text(), List.of(ids.get(plan.article()))),
                    new Brief.Sourced(change.text(), List.of(ids.get(change.article()))))));
      }
    }
    for (int i = 0; i < n; i++) {
      if (figures.get(i).isEmpty()) continue;
      for (int j = i + 1; j < n; j++) {
        Statement a = all.get(i);
        Statement b = all.get(j);
        if (figures.get(j).isEmpty() || a.article() == b.article() || sim[i][j] < SAME_TOPIC) continue;
        if (!Meaning.of(a.text()).sameNames(Meaning.of(b.text()), Set.of())) continue;
        boolean aFirst = readingRank.get(a.article()) <= readingRank.get(b.article());
        Statement earlier = aFirst ? a : b;
        Statement later = aFirst ? b : a;
        Optional<Figures.Clash> clash =
            Figures.clash(figures.get(aFirst ? i : j), figures.get(aFirst ? j : i));
        if (clash.isEmpty()) continue;
        // a later figure that says it moved ("rose to", "now") updates the earlier one; otherwise they conflict
        boolean moved = readingRank.get(later.article()) > readingRank.get(earlier.article()) && revised[aFirst ? j : i];
        out.add(
            new Brief.Disagreement(
                clash.get().about(moved ? "then" : "or"),
                moved ? "update" : "conflict",
                List.of(
                    new Brief.Sourced(earlier.text(), List.of(ids.get(earlier.article()))),
                    new Brief.Sourced(later.text(), List.of(ids.get(later.article()))))));
      }
    }
    return out;
  }

  /** What two statements share, in the words of the first: its shared content words in order. */
  private static String subject(Statement a, Statement b) {
    Set<String> shared = new java.util.LinkedHashSet<>();
    for (String token : a.text().split("[^\\p{L}\\p{N}]+")) {
      String w = token.toLowerCase(java.util.Locale.ROOT);
      if (b.words().contains(w) && a.words().contains(w)) shared.add(token);
    }
    return String.join(" ", shared);
  }
}
