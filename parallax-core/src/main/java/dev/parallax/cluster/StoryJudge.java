package dev.parallax.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How well an article fits a story, and two stories each other. The hand-made score is the weighted mean
 * of the TF-IDF, shared-name and embedding cosines (with the story's centroid, or one of its latest members
 * at a small discount), gated by the names and decayed by time, with a late follow-up rule; where the join
 * model may decide (both sides dated and embedded) it gives the probability, and elsewhere the score is
 * mapped to one, so every candidate is ranked on one scale.
 */
final class StoryJudge {

  /** The share of a match with one member (not the centroid) that counts. */
  private static final double LINK_DISCOUNT = 0.9;

  private final StreamingClusterer.Settings settings;
  private final JoinModel model;
  private final Terms terms;

  /**
   * @param model the join model, or null to judge every pair by the hand-made score
   * @param terms the stream's vocabulary, for how rare a shared name is
   */
  StoryJudge(StreamingClusterer.Settings settings, JoinModel model, Terms terms) {
    this.settings = settings;
    this.model = model;
    this.terms = terms;
  }

  /** Whether the most probable story of an article takes it. */
  boolean joins(double score, double probability) {
    return model == null ? score >= settings.threshold() : probability >= model.threshold();
  }

  /**
   * How an article fits a story.
   *
   * @param link the best discounted match with one of the story's recent members
   * @param score the hand-made score
   * @param probability the join model's probability, or the hand-made score as one (or the score itself
   *     when there is no model)
   */
  record Judged(JoinModel.Evidence evidence, double link, double score, double probability) {}

  Judged judge(Features f, StoryState s) {
    boolean bothNamed = !f.entities().isEmpty() && !s.entities().isEmpty();
    double text = f.text().dot(s.text());
    double ent = f.entities().dot(s.entities());
    double emb = s.cosine(f.embedding());
    double sim = combine(text, ent, emb, bothNamed);
    double link = 0;
    double memberText = 0;
    double memberTitle = 0;
    double memberEmb = Double.NaN;
    for (StoryState.Member m : s.recent) {
      memberTitle = Math.max(memberTitle, f.title().dot(m.title()));
      double mText = f.text().dot(m.text());
      double mEmb = StoryState.cosine(f.embedding(), m.embedding());
      boolean named = !f.entities().isEmpty() && !m.entities().isEmpty();
      link = Math.max(link, combine(mText, f.entities().dot(m.entities()), mEmb, named) * LINK_DISCOUNT);
      memberText = Math.max(memberText, mText);
      if (!Double.isNaN(mEmb)) memberEmb = Double.isNaN(memberEmb) ? mEmb : Math.max(memberEmb, mEmb);
    }
    sim = Math.max(sim, link);
    double decay = decay(f.published(), s);
    double score = sim * decay;
    int rare = rareNames(f.entities(), s.entities());
    // Second chance for late follow-ups: a close match that shares a rare name is not discounted for age.
    if (score < sim && sim >= settings.followUpThreshold() && rare >= 1) score = sim;
    JoinModel.Evidence e =
        new JoinModel.Evidence(score, sim, text, ent, emb, memberText, memberEmb, decay,
            f.published() != null && s.last != null, s.size, bothNamed, memberTitle);
    // The model judges pairs with dates and embeddings. Without dates it was no better than the hand-made
    // score on events it had not seen (JoinModelFit -Dcv=true) and split short follow-ups that the score
    // keeps; without embeddings (a story restored from an older store) it has nothing to go on.
    boolean byModel = model != null && !Double.isNaN(emb) && e.dated();
    double probability = byModel ? model.probability(e) : model != null ? handProbability(score) : score;
    return new Judged(e, link, score, probability);
  }

  /**
   * The hand-made score as a probability, for a pair the model does not judge: even odds at the score's
   * threshold, as the model's are at its own, so both kinds of candidate are ranked on one scale.
   */
  private double handProbability(double score) {
    double t = model.threshold();
    return 1 / (1 + Math.exp(-(HAND_SLOPE * (score - settings.threshold()) + Math.log(t / (1 - t)))));
  }

  /**
   * How fast the hand-made score's probability rises through its threshold: 0.1 above it is 73% where the
   * threshold is even odds, about the model's own slope there on clustering-dev.
   */
  private static final double HAND_SLOPE = 10;

  /** The weighted mean of the signals both sides have (names or embeddings may be missing). */
  private double combine(double text, double ent, double emb, boolean bothNamed) {
    double tw = settings.textWeight();
    double ew = bothNamed ? settings.entityWeight() : 0;
    double mw = Double.isNaN(emb) ? 0 : settings.embeddingWeight();
    double sum = tw * text + ew * ent + (mw == 0 ? 0 : mw * emb);
    return sum / (tw + ew + mw) * JoinModel.nameGate(bothNamed, ent);
  }

  double pairScore(StoryState a, StoryState b) {
    return similarity(a, b) * decay(a.last, b);
  }

  private double decay(Instant published, StoryState s) {
    if (published == null || s.last == null) return 1.0;
    Instant ref = published.isBefore(s.first) ? s.first : published.isAfter(s.last) ? s.last : published;
    return decayOver(Duration.between(ref, published));
  }

  /** The share of its pull a story keeps across a gap: halving every half-life, down to the floor. */
  private double decayOver(Duration gap) {
    double seconds = Math.abs(gap.toSeconds());
    double half = settings.halfLife().toSeconds();
    return settings.decayFloor() + (1 - settings.decayFloor()) * Math.pow(0.5, seconds / half);
  }

  double storyScore(StoryState a, StoryState b) {
    return similarity(a, b) * spanDecay(a, b);
  }

  /** The combined similarity of two stories' centroids, before any time decay. */
  private double similarity(StoryState a, StoryState b) {
    return combine(
        a.text().dot(b.text()),
        a.entities().dot(b.entities()),
        StoryState.cosine(a, b),
        !a.entities().isEmpty() && !b.entities().isEmpty());
  }

  /** Time decay by the gap between two stories' spans (none when they overlap or a date is missing). */
  private double spanDecay(StoryState a, StoryState b) {
    if (a.first == null || b.first == null) return 1.0;
    Instant gapStart = a.last.isBefore(b.first) ? a.last : b.last.isBefore(a.first) ? b.last : null;
    if (gapStart == null) return 1.0;
    Instant gapEnd = gapStart == a.last ? b.first : a.first;
    return decayOver(Duration.between(gapStart, gapEnd));
  }

  /**
   * How many rare names two entity vectors share: names in at most {@link
   * StreamingClusterer.Settings#rareNameShare} of the articles seen, a single word counted only when no
   * shared longer name contains it.
   */
  private int rareNames(SparseVector a, SparseVector b) {
    List<String> shared = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.ids().length && j < b.ids().length) {
      int x = a.ids()[i];
      int y = b.ids()[j];
      if (x == y) {
        if (terms.share(x) <= settings.rareNameShare()) shared.add(" " + terms.term(x).substring(1) + " ");
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    int n = 0;
    for (String name : shared) {
      boolean inLonger = false;
      for (String other : shared) {
        if (other.length() > name.length() && other.contains(name)) {
          inLonger = true;
          break;
        }
      }
      if (!inLonger) n++;
    }
    return n;
  }
}
