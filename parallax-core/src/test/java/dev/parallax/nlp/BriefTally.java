package dev.parallax.nlp;

import dev.parallax.brief.Brief;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The brief over the stories of one split, summed: summary sentences and facts that are unfit lines (captions,
 * credits, labels, promos, speakerless quotes...), the hand-made facts the brief states with the outlets it cites
 * for them, and the disagreements it declares against the real ones.
 *
 * <p>A brief sentence is unfit when it lies inside an unfit line of its story, or holds an unfit line of three
 * words or more (whitespace aside). A gold fact is stated when a brief fact holds one spelling of each of its
 * {@code must} words (from the start of a word; spellings of three letters or fewer as whole words), as in
 * {@code FactRecallTest}; its cited outlets are those of every brief fact stating it. Outlet recall counts the
 * articles of every gold fact, stated or not; a spurious citation is a cited article the gold does not list. A
 * declared disagreement is right when two of its claims carry two different values of one gold disagreement,
 * each from an article that wrote it.
 */
final class BriefTally {

  int briefSentences;
  int goldFacts;
  int statedFacts;
  int goldOutlets;
  int citedGoldOutlets;
  int citations;
  int declared;
  int declaredRight;
  int goldConflicts;
  int goldConflictsFound;
  final List<String> unfitShown = new ArrayList<>();
  final List<String> missedFacts = new ArrayList<>();
  final List<String> missedOutlets = new ArrayList<>();
  final List<String> spurious = new ArrayList<>();
  final List<String> wrongConflicts = new ArrayList<>();

  void add(GoldNews gold, Brief brief) {
    String tag = gold.slug() + ": ";
    for (Brief.Sourced s : brief.summary()) unfit(gold, tag + "summary ", s.text());
    for (Brief.Sourced s : brief.facts()) unfit(gold, tag + "fact ", s.text());

    for (GoldNews.Fact f : gold.facts()) {
      goldFacts++;
      goldOutlets += f.articles().size();
      Set<String> cited = new LinkedHashSet<>();
      for (Brief.Sourced s : brief.facts()) if (states(s.text(), f.must())) cited.addAll(s.sources());
      if (cited.isEmpty()) {
        missedFacts.add(tag + f.fact());
        continue;
      }
      statedFacts++;
      citations += cited.size();
      for (String a : f.articles())
        if (cited.contains(a)) citedGoldOutlets++;
        else missedOutlets.add(tag + a.substring(0, 4) + " not cited for: " + f.fact());
      for (String a : cited)
        if (!f.articles().contains(a)) spurious.add(tag + a.substring(0, 4) + " cited for: " + f.fact());
    }

    goldConflicts += gold.conflicts().size();
    for (GoldNews.Conflict c : gold.conflicts())
      if (brief.disagreements().stream().anyMatch(d -> matches(d, c))) goldConflictsFound++;
    for (Brief.Disagreement d : brief.disagreements()) {
      declared++;
      if (gold.conflicts().stream().anyMatch(c -> matches(d, c))) declaredRight++;
      else wrongConflicts.add(tag + d.kind() + " about \"" + d.about() + "\": "
          + d.claims().stream().map(c -> c.sources() + " " + c.text()).toList());
    }
  }

  private void unfit(GoldNews gold, String where, String text) {
    briefSentences++;
    String s = normal(text);
    for (GoldNews.Unfit u : gold.unfit()) {
      String line = normal(u.text());
      if (line.contains(s) || (s.contains(line) && line.split(" ").length >= 3)) {
        unfitShown.add(where + "(" + u.reason() + "): " + text);
        return;
      }
    }
  }

  private static boolean matches(Brief.Disagreement d, GoldNews.Conflict c) {
    Set<String> values = new LinkedHashSet<>();
    for (Brief.Sourced claim : d.claims())
      for (GoldNews.Claim g : c.claims())
        if (claim.sources().contains(g.article()) && normal(claim.text()).contains(normal(g.value())))
          values.add(g.value());
    return values.size() >= 2;
  }

  private static String normal(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  static boolean states(String text, List<String> must) {
    return must.stream().allMatch(w -> contains(text, w));
  }

  private static boolean contains(String text, String word) {
    for (String spelling : word.split("\\|")) {
      String end = spelling.length() <= 3 ? "(?![\\p{L}\\p{N}])" : "";
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(spelling) + end, Pattern.CASE_INSENSITIVE);
      if (p.matcher(text).find()) return true;
    }
    return false;
  }

  double unfitShare() {
    return NameQuoteTally.ratio(unfitShown.size(), briefSentences);
  }

  double factRecall() {
    return NameQuoteTally.ratio(statedFacts, goldFacts);
  }

  double outletRecall() {
    return NameQuoteTally.ratio(citedGoldOutlets, goldOutlets);
  }

  double citationPrecision() {
    return NameQuoteTally.ratio(citations - spurious.size(), citations);
  }

  double conflictPrecision() {
    return NameQuoteTally.ratio(declaredRight, declared);
  }

  String summary() {
    return String.format(Locale.ROOT,
        "brief: unfit sentences in summary or facts %d of %d; facts stated %.3f (%d/%d), outlet recall %.3f (%d/%d),"
            + " spurious citations %d of %d (citation P %.3f); disagreements declared %d, right %d (P %s),"
            + " real ones found %d/%d",
        unfitShown.size(), briefSentences, factRecall(), statedFacts, goldFacts, outletRecall(), citedGoldOutlets,
        goldOutlets, spurious.size(), citations, citationPrecision(), declared, declaredRight,
        declared == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", conflictPrecision()), goldConflictsFound,
        goldConflicts);
  }
}
