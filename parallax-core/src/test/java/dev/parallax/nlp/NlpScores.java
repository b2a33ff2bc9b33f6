package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Entity and quote measures of an annotation against a gold story.
 *
 * <p>A predicted entity matches a gold entity when they share a spelling. Precision counts predicted
 * persons, organisations and places (OTHER means "unsure" and is not claimed); a merge error is a predicted
 * entity holding two gold entities, a split a gold entity spread over several. A gold quote is found when a
 * predicted quote of the same article holds at least 80% of its words (or the reverse); its speaker is
 * right when it is the gold entity's canonical name, or unnamed for an unnamed gold speaker.
 */
record NlpScores(
    int goldEntities, int foundEntities, int predictedEntities, int correctPredicted, int typeCorrect, List<String> merges,
    List<String> splits, int goldQuotes, int foundQuotes, int rightSpeakers, int predictedQuotes, int correctQuotes,
    List<String> missedQuotes, List<String> wrongSpeakers, List<String> missedEntities, List<String> spurious) {

  double entityRecall() {
    return foundEntities / (double) goldEntities;
  }

  double entityPrecision() {
    return correctPredicted / (double) Math.max(1, predictedEntities);
  }

  double typeAccuracy() {
    return typeCorrect / (double) Math.max(1, foundEntities);
  }

  double quoteRecall() {
    return foundQuotes / (double) goldQuotes;
  }

  double quotePrecision() {
    return correctQuotes / (double) Math.max(1, predictedQuotes);
  }

  double speakerAccuracy() {
    return rightSpeakers / (double) Math.max(1, foundQuotes);
  }

  String summary() {
    return String.format(Locale.ROOT,
        "entities: P %.3f R %.3f (%d/%d) type %.3f, merges %d, splits %d; quotes: R %.3f (%d/%d) P %.3f, speakers %.3f",
        entityPrecision(), entityRecall(), foundEntities, goldEntities, typeAccuracy(), merges.size(), splits.size(), quoteRecall(),
        foundQuotes, goldQuotes, quotePrecision(), speakerAccuracy());
  }

  static NlpScores of(GoldStory original, Annotator.StoryAnnotations got) {
    GoldStory gold = unambiguous(original);
    List<CanonicalEntity> predicted = got.entities().stream().filter(e -> e.type() != EntityType.OTHER).toList();
    int found = 0;
    int typeOk = 0;
    List<String> splits = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (GoldStory.GoldEntity g : gold.entities()) {
      List<CanonicalEntity> hits = got.entities().stream().filter(p -> shares(p, g)).toList();
      if (hits.isEmpty()) {
        missed.add(g.name());
        continue;
      }
      found++;
      if (hits.stream().anyMatch(p -> p.type().name().equals(g.type()))) typeOk++;
      if (hits.stream().filter(p -> p.type() != EntityType.OTHER).count() > 1) splits.add(g.name() + " " + hits.stream().map(CanonicalEntity::name).toList());
    }
    int correct = 0;
    List<String> merges = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    for (CanonicalEntity p : got.entities()) {
      List<String> golds = gold.entities().stream().filter(g -> shares(p, g)).map(GoldStory.GoldEntity::name).toList();
      if (golds.size() > 1) merges.add(p.name() + " holds " + golds);
      if (p.type() == EntityType.OTHER) continue;
      if (!golds.isEmpty()) correct++;
      else spurious.add(p.type() + " " + p.name());
    }
    for (List<String> pair : gold.distinct())
      for (CanonicalEntity p : got.entities())
        if (p.variants().containsKey(pair.get(0)) && p.variants().containsKey(pair.get(1))) merges.add(p.name() + " holds " + pair);

    int foundQuotes = 0;
    int rightSpeakers = 0;
    List<String> missedQuotes = new ArrayList<>();
    List<String> wrongSpeakers = new ArrayList<>();
    for (GoldStory.GoldQuote g : gold.quotes()) {
      StoryQuote hit = got.quotes().stream().filter(q -> q.sources().contains(g.article()) && sameQuote(q.text(), g.text())).findFirst().orElse(null);
      if (hit == null) {
        missedQuotes.add(g.article().substring(0, Math.min(3, g.article().length())) + " " + g.speaker() + ": " + g.text());
        continue;
      }
      foundQuotes++;
      boolean right = g.speaker() == null ? !hit.named() : hit.named() && sameEntity(gold, got, g.speaker(), hit.speaker());
      if (right) rightSpeakers++;
      else wrongSpeakers.add("gold " + g.speaker() + ", got " + hit.speaker() + ": " + g.text());
    }
    int predictedQuotes = 0;
    int correctQuotes = 0;
    for (StoryQuote q : got.quotes())
      for (String article : q.sources()) {
        predictedQuotes++;
        if (gold.quotes().stream().anyMatch(g -> g.article().equals(article) && sameQuote(q.text(), g.text()))) correctQuotes++;
      }
    return new NlpScores(gold.entities().size(), found, predicted.size(), correct, typeOk, merges, splits, gold.quotes().size(),
        foundQuotes, rightSpeakers, predictedQuotes, correctQuotes, missedQuotes, wrongSpeakers, missed, spurious);
  }

  /**
   * The gold story without spellings that belong to several of its entities (a bare "Miliband" when two
   * Milibands are named): such a spelling says nothing about which entity a prediction is.
   */
  private static GoldStory unambiguous(GoldStory gold) {
    java.util.Map<String, Integer> owners = new java.util.HashMap<>();
    for (GoldStory.GoldEntity e : gold.entities()) for (String v : e.variants()) owners.merge(v, 1, Integer::sum);
    List<GoldStory.GoldEntity> entities = new ArrayList<>();
    for (GoldStory.GoldEntity e : gold.entities()) {
      Set<String> variants = new java.util.LinkedHashSet<>(e.variants());
      variants.removeIf(v -> owners.get(v) > 1);
      entities.add(new GoldStory.GoldEntity(e.name(), e.type(), variants));
    }
    return new GoldStory(gold.articles(), entities, gold.distinct(), gold.quotes());
  }

  /** The predicted speaker is the gold speaker: its entity shares a spelling with the gold entity. */
  private static boolean sameEntity(GoldStory gold, Annotator.StoryAnnotations got, String goldName, String predicted) {
    GoldStory.GoldEntity g = gold.entities().stream().filter(e -> e.name().equals(goldName)).findFirst().orElse(null);
    if (g == null) return goldName.equals(predicted);
    if (g.variants().contains(predicted)) return true;
    return got.entities().stream().filter(e -> e.name().equals(predicted)).anyMatch(e -> shares(e, g));
  }

  private static boolean shares(CanonicalEntity p, GoldStory.GoldEntity g) {
    for (String v : p.variants().keySet()) if (g.variants().contains(v)) return true;
    return false;
  }

  static boolean sameQuote(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    Set<String> small = wa.size() <= wb.size() ? wa : wb;
    Set<String> large = small == wa ? wb : wa;
    if (small.isEmpty()) return false;
    int shared = 0;
    for (String w : small) if (large.contains(w)) shared++;
    return shared >= 0.8 * small.size() && (small.size() >= 3 || large.size() <= 4);
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }
}
