package dev.parallax.nlp;

import dev.parallax.brief.Brief;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names and quotes over the stories of one split, summed (micro-averaged): the language stage's measures
 * ({@link NlpScores}) after leaving out the names the gold counts neither way, people recall, the names a brief
 * shows that are not names of the story ("junk shown"), quotes listed that are not quotes, and the same entity
 * measures for the plain {@link NameBaseline}.
 */
final class NameQuoteTally {

  int goldEntities;
  int foundEntities;
  int predictedEntities;
  int correctPredicted;
  int typeCorrect;
  int goldPeople;
  int foundPeople;
  int goldQuotes;
  int foundQuotes;
  int rightSpeakers;
  int predictedQuotes;
  int correctQuotes;
  int shownNames;
  int baselinePredicted;
  int baselineCorrect;
  int baselineFound;
  int baselinePeople;
  final List<String> stories = new ArrayList<>();
  final List<String> merges = new ArrayList<>();
  final List<String> missed = new ArrayList<>();
  final List<String> spurious = new ArrayList<>();
  final List<String> junkShown = new ArrayList<>();
  final List<String> wrongTypes = new ArrayList<>();
  final List<String> missedQuotes = new ArrayList<>();
  final List<String> wrongSpeakers = new ArrayList<>();
  final List<String> wrongQuotes = new ArrayList<>();

  void add(GoldNews gold, Annotator.StoryAnnotations got, Brief brief) {
    String tag = gold.slug() + ": ";
    Set<String> goldSpellings = new HashSet<>();
    for (GoldStory.GoldEntity e : gold.story().entities()) goldSpellings.addAll(e.variants());
    // names counted neither way (datelines, credits, products) are left out before scoring
    List<CanonicalEntity> kept = new ArrayList<>();
    for (CanonicalEntity e : got.entities())
      if (!ignoredOnly(e.variants().keySet(), e.name(), gold.ignored(), goldSpellings)) kept.add(e);
    NlpScores s = NlpScores.of(gold.story(), new Annotator.StoryAnnotations(kept, got.quotes()));
    goldEntities += s.goldEntities();
    foundEntities += s.foundEntities();
    predictedEntities += s.predictedEntities();
    correctPredicted += s.correctPredicted();
    typeCorrect += s.typeCorrect();
    goldQuotes += s.goldQuotes();
    foundQuotes += s.foundQuotes();
    rightSpeakers += s.rightSpeakers();
    predictedQuotes += s.predictedQuotes();
    correctQuotes += s.correctQuotes();
    stories.add(tag + s.summary());
    s.merges().forEach(m -> merges.add(tag + m));
    s.missedEntities().forEach(m -> missed.add(tag + m));
    s.spurious().forEach(m -> spurious.add(tag + m));
    s.missedQuotes().forEach(m -> missedQuotes.add(tag + m));
    s.wrongSpeakers().forEach(m -> wrongSpeakers.add(tag + m));

    Map<String, Set<String>> unambiguous = unambiguous(gold.story());
    for (GoldStory.GoldEntity g : gold.story().entities()) {
      Set<String> own = unambiguous.get(g.name());
      List<CanonicalEntity> hits =
          got.entities().stream().filter(e -> e.variants().keySet().stream().anyMatch(own::contains)).toList();
      if (!hits.isEmpty() && hits.stream().noneMatch(e -> e.type().name().equals(g.type())))
        wrongTypes.add(
            tag + g.type() + " " + g.name() + ", got " + hits.stream().map(e -> e.type() + " " + e.name()).toList());
      if (!g.type().equals("PERSON")) continue;
      goldPeople++;
      if (!hits.isEmpty()) foundPeople++;
    }
    for (Brief.Entity e : brief.entities()) {
      Set<String> spellings = new HashSet<>(e.variants());
      spellings.add(e.name());
      if (ignoredOnly(spellings, e.name(), gold.ignored(), goldSpellings)) continue;
      shownNames++;
      if (spellings.stream().noneMatch(goldSpellings::contains)) junkShown.add(tag + e.type() + " " + e.name());
    }
    for (StoryQuote q : got.quotes())
      for (String article : q.sources())
        if (gold.story().quotes().stream()
            .noneMatch(g -> g.article().equals(article) && NlpScores.sameQuote(q.text(), g.text())))
          wrongQuotes.add(
              tag + article.substring(0, 4) + " " + (q.named() ? q.speaker() : "unnamed") + ": " + q.text());

    Set<String> baseline = new HashSet<>(NameBaseline.names(gold.story().articles()));
    baseline.removeIf(n -> ignoredOnly(Set.of(n), n, gold.ignored(), goldSpellings));
    baselinePredicted += baseline.size();
    baselineCorrect += (int) baseline.stream().filter(goldSpellings::contains).count();
    for (GoldStory.GoldEntity g : gold.story().entities()) {
      if (unambiguous.get(g.name()).stream().noneMatch(baseline::contains)) continue;
      baselineFound++;
      if (g.type().equals("PERSON")) baselinePeople++;
    }
  }

  /**
   * A name the gold counts neither way: one of its spellings is an ignored name (case and a leading "The"
   * aside: "Associated Press" for "The Associated Press") and none is a gold name's.
   */
  private static boolean ignoredOnly(
      Set<String> spellings, String name, Set<String> ignored, Set<String> goldSpellings) {
    Set<String> loose = new HashSet<>();
    for (String i : ignored) loose.add(loose(i));
    boolean anyIgnored = loose.contains(loose(name)) || spellings.stream().anyMatch(v -> loose.contains(loose(v)));
    return anyIgnored && !goldSpellings.contains(name) && spellings.stream().noneMatch(goldSpellings::contains);
  }

  private static String loose(String name) {
    return name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
  }

  /** Each gold entity's spellings that no other gold entity of the story shares (as {@link NlpScores} counts). */
  private static Map<String, Set<String>> unambiguous(GoldStory gold) {
    Map<String, Integer> owners = new HashMap<>();
    for (GoldStory.GoldEntity e : gold.entities()) for (String v : e.variants()) owners.merge(v, 1, Integer::sum);
    Map<String, Set<String>> out = new HashMap<>();
    for (GoldStory.GoldEntity e : gold.entities()) {
      Set<String> own = new HashSet<>(e.variants());
      own.removeIf(v -> owners.get(v) > 1);
      out.put(e.name(), own);
    }
    return out;
  }

  double entityPrecision() {
    return ratio(correctPredicted, predictedEntities);
  }

  double entityRecall() {
    return ratio(foundEntities, goldEntities);
  }

  double peopleRecall() {
    return ratio(foundPeople, goldPeople);
  }

  double typeAccuracy() {
    return ratio(typeCorrect, foundEntities);
  }

  double junkShare() {
    return ratio(junkShown.size(), shownNames);
  }

  double quoteFound() {
    return ratio(foundQuotes, goldQuotes);
  }

  double speakerAccuracy() {
    return ratio(rightSpeakers, foundQuotes);
  }

  double quotePrecision() {
    return ratio(correctQuotes, predictedQuotes);
  }

  double baselinePrecision() {
    return ratio(baselineCorrect, baselinePredicted);
  }

  double baselineRecall() {
    return ratio(baselineFound, goldEntities);
  }

  double baselinePeopleRecall() {
    return ratio(baselinePeople, goldPeople);
  }

  String summary() {
    return String.format(Locale.ROOT,
        "names: P %.3f R %.3f (%d/%d) people R %.3f (%d/%d) type %.3f, wrong merges %d, junk shown %d of %d (%.3f);"
            + " baseline (capitalised runs): P %.3f R %.3f people R %.3f%n"
            + "quotes: found %.3f (%d/%d), speaker right %.3f (%d/%d), listed that are not quotes %d of %d (P %.3f)",
        entityPrecision(), entityRecall(), foundEntities, goldEntities, peopleRecall(), foundPeople, goldPeople,
        typeAccuracy(), merges.size(), junkShown.size(), shownNames, junkShare(), baselinePrecision(), baselineRecall(),
        baselinePeopleRecall(),
        quoteFound(), foundQuotes, goldQuotes, speakerAccuracy(), rightSpeakers, foundQuotes, wrongQuotes.size(),
        predictedQuotes, quotePrecision());
  }

  static double ratio(int a, int b) {
    return b == 0 ? 1.0 : a / (double) b;
  }
}
