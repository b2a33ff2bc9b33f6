package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves each quote's speaker to a story entity and merges the same quote reported by several outlets.
 *
 * <p>A named speaker is the nearest person the attribution names (an organisation when no person is named:
 * "the Kremlin said"; a one-word name the story left untyped, or the first or last word of one person's name,
 * still speaks: "her father Bassem said"); "he added" is the last named speaker of the article, never one of the other gender ({@link Genders}); a role ("the British Prime
 * Minister") is the person of the story whose titles share the most words with it, a different nationality
 * ruling a title out, or else the unnamed source the article introduced with that word ("One former
 * European general" … "the general said"). Two quotes are the same quote when most words of the shorter
 * are in the longer and their speakers do not differ; the fullest wording is kept.
 */
public final class QuoteAttributor {

  /** Share of the shorter quote's words found in the longer from which two quotes are one. */
  static final double SAME_QUOTE = 0.8;
  /** Quotes of one story merged and shown: more than any real story has, few enough to compare in pairs. */
  static final int MAX_QUOTES = 1_000;

  private final Lexicon lexicon;

  public QuoteAttributor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private record Attributed(String article, String text, int entity, String unnamed) {}

  public List<StoryQuote> attribute(List<ArticleAnalysis> articles, EntityResolver.Resolution resolution) {
    List<CanonicalEntity> entities = resolution.entities();
    List<Attributed> all = new ArrayList<>();
    Genders.Gender[] genders = new Genders.Gender[entities.size()];
    for (int e = 0; e < genders.length; e++)
      genders[e] = entities.get(e).type() == EntityType.PERSON ? Genders.english().of(entities.get(e)) : Genders.Gender.UNKNOWN;
    for (ArticleAnalysis a : articles) {
      int[] entityOf = resolution.entityOf().getOrDefault(a.articleId(), new int[0]);
      int lastNamed = -1;
      Attributed previous = null;
      FoundQuote previousQuote = null;
      Map<String, String> unnamedByHead = new HashMap<>();
      for (FoundQuote q : a.quotes()) {
        int entity = -1;
        String unnamed = null;
        Speaker s = q.speaker();
        switch (s.kind()) {
          case NAMED -> {
            entity = named(s.mentions(), entityOf, entities);
            if (entity < 0) entity = partOfName(s.mentions(), a, entityOf, entities);
            if (entity < 0 && s.mentions().size() == 1) entity = entityOf(s.mentions().getFirst(), entityOf);
            if (entity < 0 && !onlyOther(s.mentions(), entityOf, entities)) unnamed = s.text();
          }
          case PRONOUN -> {
            // a person named earlier in the same paragraph, else the speaker of the quote just before, else the
            // last person named
            // the subject of a sentence of the same paragraph, else the speaker of the quote just before, else any
            // person named earlier in the paragraph, else before
            // never a person of the other gender: "she said" after a man and a woman were named is the woman's
            boolean adjacent = previousQuote != null && previousQuote.paragraph() >= q.paragraph() - 1;
            List<Integer> subjects = agreeing(s.mentions().subList(0, s.subjects()), s.text(), entityOf, genders);
            List<Integer> candidates = agreeing(s.mentions(), s.text(), entityOf, genders);
            int last = lastNamed >= 0 && genders[lastNamed].agrees(s.text()) ? lastNamed : -1;
            entity = person(subjects, entityOf, entities);
            if (entity < 0 && adjacent) entity = last;
            if (entity < 0)
              entity = person(candidates.stream().filter(m -> a.mentions().get(m).paragraph() == q.paragraph()).toList(), entityOf, entities);
            if (entity < 0) entity = person(candidates, entityOf, entities);
            if (entity < 0) entity = last;
          }
          case ROLE -> {
            String earlier = unnamedByHead.get(head(s.text()));
            if (earlier != null) unnamed = earlier; // "One former European general said…" … "the general said"
            else {
              entity = role(s.text(), a, q, entityOf, entities);
              if (entity < 0) entity = antecedent(s.text(), a, q, entityOf, entities);
              if (entity < 0) unnamed = s.text();
            }
          }
          case UNNAMED -> {
            unnamed = s.text();
            unnamedByHead.putIfAbsent(head(s.text()), s.text());
          }
          case CONTINUED -> {
            if (previous != null) {
              entity = previous.entity();
              unnamed = previous.unnamed();
            }
          }
          case UNKNOWN -> {}
        }
        if (entity >= 0) lastNamed = entity;
        previousQuote = q;
        previous = new Attributed(a.articleId(), q.text(), entity, unnamed);
        all.add(previous);
      }
    }
    return merge(bounded(all), entities);
  }

  /**
   * At most {@link #MAX_QUOTES} of a story's quotes, as merging compares each quote with every group: each
   * article's first quote, then each one's second, and so on, so every article keeps its leading quotes.
   */
  private static List<Attributed> bounded(List<Attributed> all) {
    if (all.size() <= MAX_QUOTES) return all;
    Map<String, List<Attributed>> byArticle = new LinkedHashMap<>();
    for (Attributed q : all) byArticle.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q);
    Set<Attributed> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int round = 0; kept.size() < MAX_QUOTES; round++)
      for (List<Attributed> quotes : byArticle.values()) {
        if (kept.size() == MAX_QUOTES) break;
        if (round < quotes.size()) kept.add(quotes.get(round));
      }
    return all.stream().filter(kept::contains).toList();
  }

  /** The mentions whose entity, if any, can be the one a pronoun stands for ("she": not a man). */
  private static List<Integer> agreeing(List<Integer> mentions, String pronoun, int[] entityOf, Genders.Gender[] genders) {
    List<Integer> out = new ArrayList<>();
    for (int m : mentions) {
      int e = m < entityOf.length ? entityOf[m] : -1;
      if (e < 0 || genders[e].agrees(pronoun)) out.add(m);
    }
    return out;
  }

  private static int entityOf(int mention, int[] entityOf) {
    return mention < entityOf.length ? entityOf[mention] : -1;
  }

  /**
   * A speaker named by one word the story resolved to nobody, or to something that cannot speak, which is the
   * first or last word of exactly one person of the story ("her father Bassem" for Bassem Tamimi): that person.
   */
  private static int partOfName(List<Integer> mentions, ArticleAnalysis a, int[] entityOf, List<CanonicalEntity> entities) {
    if (mentions.isEmpty()) return -1;
    int m = mentions.getFirst();
    int own = m < entityOf.length ? entityOf[m] : -1;
    if (own >= 0 && entities.get(own).type() != EntityType.OTHER) return -1;
    String word = a.mentions().get(m).text().strip();
    if (word.contains(" ")) return -1;
    int found = -1;
    for (int e = 0; e < entities.size(); e++) {
      CanonicalEntity c = entities.get(e);
      if (c.type() != EntityType.PERSON) continue;
      boolean part = false;
      for (String v : c.variants().keySet()) {
        String[] w = v.strip().split("\\s+");
        if (w.length >= 2 && (w[0].equals(word) || w[w.length - 1].equals(word))) part = true;
      }
      if (!part) continue;
      if (found >= 0) return -1;
      found = e;
    }
    return found;
  }

  /** The speaker's names are all of things that cannot speak (a film, a holiday): the text does not say who. */
  private static boolean onlyOther(List<Integer> mentions, int[] entityOf, List<CanonicalEntity> entities) {
    boolean any = false;
    for (int m : mentions) {
      int e = m < entityOf.length ? entityOf[m] : -1;
      if (e < 0) return false;
      if (entities.get(e).type() != EntityType.OTHER) return false;
      any = true;
    }
    return any;
  }

  private static int named(List<Integer> mentions, int[] entityOf, List<CanonicalEntity> entities) {
    int organisation = -1;
    int place = -1;
    for (int m : mentions) {
      int e = m < entityOf.length ? entityOf[m] : -1;
      if (e < 0) continue;
      EntityType type = entities.get(e).type();
      if (type == EntityType.OTHER) continue;
      if (type == EntityType.PERSON) return e;
      if (type == EntityType.PLACE) place = place < 0 ? e : place;
      else organisation = organisation < 0 ? e : organisation;
    }
    return organisation >= 0 ? organisation : place;
  }

  private static int person(List<Integer> mentions, int[] entityOf, List<CanonicalEntity> entities) {
    for (int m : mentions) {
      int e = m < entityOf.length ? entityOf[m] : -1;
      if (e >= 0 && entities.get(e).type() == EntityType.PERSON) return e;
    }
    return -1;
  }

  private int role(String role, ArticleAnalysis a, FoundQuote q, int[] entityOf, List<CanonicalEntity> entities) {
    Set<String> words = words(role.replaceAll("(?i)\\bPM\\b", "prime minister"));
    String head = head(role.replaceAll("(?i)\\bPM\\b", "prime minister"));
    Set<String> nationality = new HashSet<>();
    for (String w : words) if (lexicon.nationality(w)) nationality.add(w);
    int bestScore = 0;
    List<Integer> best = new ArrayList<>();
    for (int e = 0; e < entities.size(); e++) {
      CanonicalEntity c = entities.get(e);
      if (c.type() != EntityType.PERSON) continue;
      int score = 0;
      for (String title : c.titles()) {
        Set<String> tw = words(title);
        if (!tw.contains(head)) continue;
        boolean otherNation = false;
        for (String w : tw) if (lexicon.nationality(w) && !nationality.contains(w)) otherNation = true;
        if (otherNation) continue;
        int s = 0;
        for (String w : words) if (tw.contains(w)) s++;
        score = Math.max(score, s);
      }
      if (score > bestScore) {
        best.clear();
        bestScore = score;
      }
      if (score > 0 && score == bestScore) best.add(e);
    }
    if (best.size() <= 1) return best.isEmpty() ? -1 : best.getFirst();
    int recent = -1; // a tie: the one of them the article named last before the quote, if any
    for (int m = 0; m < a.mentions().size(); m++) {
      Mention x = a.mentions().get(m);
      if (x.paragraph() > q.paragraph() || x.paragraph() == q.paragraph() && x.start() > q.start()) break;
      if (entityOf[m] >= 0 && best.contains(entityOf[m])) recent = entityOf[m];
    }
    return recent;
  }

  /**
   * For a leader's role no title in the story matches ("The PM said" where the prime minister was only
   * "Sir Keir Starmer"): the person the article named last before the quote, unless a title gives that
   * person another rank.
   */
  private int antecedent(String role, ArticleAnalysis a, FoundQuote q, int[] entityOf, List<CanonicalEntity> entities) {
    String head = head(role.replaceAll("(?i)\\bPM\\b", "prime minister"));
    if (!LEADERS.contains(head)) return -1;
    Map<Integer, Integer> named = new HashMap<>(); // person → mentions so far; the article's main person wins, then the latest
    int found = -1;
    for (int m = 0; m < a.mentions().size(); m++) {
      Mention x = a.mentions().get(m);
      if (x.paragraph() > q.paragraph() || x.paragraph() == q.paragraph() && x.start() > q.start()) break;
      int e = entityOf[m];
      if (e < 0 || entities.get(e).type() != EntityType.PERSON) continue;
      boolean otherRank = false;
      for (String title : entities.get(e).titles()) {
        String h = head(title);
        if (lexicon.title(h) && !h.equals(head) && !HONORIFICS.contains(h)) otherRank = true;
      }
      if (otherRank) continue;
      int count = named.merge(e, 1, Integer::sum);
      if (found < 0 || count >= named.get(found)) found = e;
    }
    return found;
  }

  private static final Set<String> LEADERS = Set.of("minister", "president", "chancellor", "premier", "leader", "secretary");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "sir", "dame", "dr", "lord", "lady");

  private static String head(String phrase) {
    String[] w = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    return w.length == 0 ? "" : w[w.length - 1];
  }

  private static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty() && !w.equals("the")) out.add(w);
    return out;
  }

  private static List<StoryQuote> merge(List<Attributed> all, List<CanonicalEntity> entities) {
    List<List<Attributed>> groups = new ArrayList<>();
    List<Set<String>> groupWords = new ArrayList<>();
    for (Attributed q : all) {
      Set<String> w = words(q.text());
      int into = -1;
      for (int g = 0; g < groups.size() && into < 0; g++) {
        Attributed rep = groups.get(g).getFirst();
        if (rep.article().equals(q.article()) && !rep.text().equals(q.text())) continue;
        if (conflict(groups.get(g), q)) continue;
        if (same(groupWords.get(g), w)) into = g;
      }
      if (into < 0) {
        groups.add(new ArrayList<>(List.of(q)));
        groupWords.add(w);
      } else {
        groups.get(into).add(q);
        if (w.size() > groupWords.get(into).size()) groupWords.set(into, w);
      }
    }
    List<StoryQuote> out = new ArrayList<>();
    for (List<Attributed> g : groups) {
      String text = g.stream().map(Attributed::text).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
      int entity = g.stream().mapToInt(Attributed::entity).filter(e -> e >= 0).findFirst().orElse(-1);
      String unnamed = g.stream().map(Attributed::unnamed).filter(u -> u != null).findFirst().orElse(null);
      Set<String> sources = new LinkedHashSet<>();
      for (Attributed q : g) sources.add(q.article());
      out.add(entity >= 0
          ? new StoryQuote(entities.get(entity).name(), true, text, new ArrayList<>(sources))
          : new StoryQuote(unnamed, false, text, new ArrayList<>(sources)));
    }
    return out;
  }

  private static boolean conflict(List<Attributed> group, Attributed q) {
    for (Attributed o : group) if (o.entity() >= 0 && q.entity() >= 0 && o.entity() != q.entity()) return true;
    return false;
  }

  private static boolean same(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String w : small) if (large.contains(w)) shared++;
    if (small.size() < 3) return shared == small.size() && small.size() == large.size();
    return shared >= SAME_QUOTE * small.size();
  }

  /** How many quotes of one speaker are featured: the rest are one click away. */
  public static final int FEATURED_PER_SPEAKER = 3;

  /**
   * How much a quote tells a reader: outlets that carry it first, then its length up to about forty words
   * (a phrase of three words says little, a paragraph-long statement no more than its first lines), a figure.
   */
  static double informativeness(StoryQuote q) {
    int words = QuoteFinder.wordCount(q.text());
    double score = 2.0 * q.sources().size() + Math.min(words, 40) / 10.0;
    if (words < 6) score -= 2;
    if (words > 80) score -= 1;
    if (q.text().chars().anyMatch(Character::isDigit)) score += 0.5;
    return score;
  }

  /**
   * The quotes grouped by speaker: named speakers quoted by the most articles first, unnamed ones last; within
   * a speaker the most informative first, the first {@link #FEATURED_PER_SPEAKER} marked featured.
   */
  public static List<StoryQuote> bySpeaker(List<StoryQuote> quotes) {
    Map<String, List<StoryQuote>> by = new LinkedHashMap<>();
    for (StoryQuote q : quotes) by.computeIfAbsent(String.valueOf(q.speaker()), k -> new ArrayList<>()).add(q);
    List<List<StoryQuote>> speakers = new ArrayList<>(by.values());
    speakers.sort(java.util.Comparator.comparingInt((List<StoryQuote> l) -> l.getFirst().named() ? 0 : 1)
        .thenComparingInt(l -> -(int) l.stream().flatMap(q -> q.sources().stream()).distinct().count())
        .thenComparingInt(l -> -l.size()));
    List<StoryQuote> out = new ArrayList<>();
    for (List<StoryQuote> l : speakers) {
      List<StoryQuote> sorted = new ArrayList<>(l);
      sorted.sort(java.util.Comparator.comparingDouble((StoryQuote q) -> -informativeness(q)));
      for (int i = 0; i < sorted.size(); i++) out.add(sorted.get(i).featured(i < FEATURED_PER_SPEAKER));
    }
    return out;
  }
}
