package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the mentions of a story's articles into canonical entities.
 *
 * <p>Names of several words merge when {@link Names} finds them the same person (same surname and first
 * name, spelling variants allowed) or the same name word by word, and only when they match every
 * several-word name already in the group, so no chain of near-matches joins two people. A one-word mention
 * joins the group whose person has that surname, or the group of that name or acronym; when two people
 * share the surname, it is the one its article named last. What cannot be told apart stays apart.
 */
public final class EntityResolver {

  /** The story's entities and, per article, the entity of each mention (-1 when none). */
  public record Resolution(List<CanonicalEntity> entities, Map<String, int[]> entityOf) {}

  private static final class Group {
    final List<String> longNames = new ArrayList<>();
    final Map<String, Set<String>> variants = new LinkedHashMap<>();
    final Map<String, Integer> counts = new HashMap<>();
    final int[] votes = new int[EntityType.values().length];
    final Set<String> titles = new TreeSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;
    /** The type the group had when it was formed, which one-word mentions are matched against. */
    EntityType kind = EntityType.OTHER;

    void add(Mention m, String article) {
      variants.computeIfAbsent(m.text(), k -> new LinkedHashSet<>()).add(article);
      counts.merge(m.text(), 1, Integer::sum);
      votes[m.type().ordinal()] += m.evidence().weight;
      if (m.title() != null) titles.add(m.title().toLowerCase(java.util.Locale.ROOT));
      articles.add(article);
      mentions++;
    }

    EntityType type() {
      int best = EntityType.OTHER.ordinal();
      for (EntityType t : EntityType.values())
        if (t != EntityType.OTHER && votes[t.ordinal()] > 0 && votes[t.ordinal()] > (best == EntityType.OTHER.ordinal() ? 0 : votes[best]))
          best = t.ordinal();
      return EntityType.values()[best];
    }

    boolean lexicon(EntityType t) {
      return votes[t.ordinal()] >= Mention.Evidence.LEXICON.weight;
    }
  }

  public Resolution resolve(List<ArticleAnalysis> articles) {
    List<Group> groups = new ArrayList<>();
    Map<String, Group> ofLongName = new HashMap<>();
    // several-word names first, the most frequent first, so each group grows from its commonest spelling
    Map<String, List<Mention>> byText = new LinkedHashMap<>();
    for (ArticleAnalysis a : articles)
      for (Mention m : a.mentions()) if (m.tokens() > 1) byText.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
    List<String> longNames = new ArrayList<>(byText.keySet());
    longNames.sort(Comparator.comparingInt((String t) -> -byText.get(t).size()));
    for (String name : longNames) {
      EntityType type = vote(byText.get(name));
      Group into = null;
      for (Group g : groups) {
        if (!compatible(g.type(), type)) continue;
        boolean all = true;
        for (String other : g.longNames) if (!same(name, other, type == EntityType.PERSON || g.type() == EntityType.PERSON)) all = false;
        if (all && (into == null || g.mentions > into.mentions)) into = g;
      }
      if (into == null) groups.add(into = new Group());
      into.longNames.add(name);
      for (Mention m : byText.get(name)) into.votes[m.type().ordinal()] += m.evidence().weight;
      into.mentions += byText.get(name).size();
      ofLongName.put(name, into);
    }
    for (Group g : groups) { // counted again below, mention by mention
      g.kind = g.type();
      java.util.Arrays.fill(g.votes, 0);
      g.mentions = 0;
    }

    Map<Group, Integer> index = new HashMap<>();
    Map<String, Group[]> assigned = new HashMap<>();
    for (ArticleAnalysis a : articles) {
      List<Mention> ms = a.mentions();
      Group[] of = new Group[ms.size()];
      Map<Group, Integer> lastSeen = new HashMap<>();
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        Group g = m.tokens() > 1 ? ofLongName.get(m.text()) : single(m, groups, lastSeen, i);
        if (g == null && m.tokens() == 1 && !ambiguous(m, groups)) {
          groups.add(g = new Group());
          g.kind = m.type();
        }
        if (g == null) continue;
        g.add(m, a.articleId());
        lastSeen.put(g, i);
        of[i] = g;
      }
      assigned.put(a.articleId(), of);
    }

    List<CanonicalEntity> entities = new ArrayList<>();
    for (Group g : groups) {
      if (g.mentions == 0) continue;
      index.put(g, entities.size());
      entities.add(new CanonicalEntity(canonical(g), g.type(), g.variants, g.titles, new ArrayList<>(g.articles), g.mentions));
    }
    Map<String, int[]> entityOf = new HashMap<>();
    for (Map.Entry<String, Group[]> e : assigned.entrySet()) {
      int[] ids = new int[e.getValue().length];
      for (int i = 0; i < ids.length; i++) ids[i] = e.getValue()[i] == null ? -1 : index.get(e.getValue()[i]);
      entityOf.put(e.getKey(), ids);
    }
    return new Resolution(entities, entityOf);
  }

  /** The group a one-word mention belongs to, or null when it starts a group of its own (or is ambiguous). */
  private static Group single(Mention m, List<Group> groups, Map<Group, Integer> lastSeen, int position) {
    List<Group> candidates = candidates(m, groups);
    if (candidates.isEmpty()) return null;
    if (candidates.size() == 1) return candidates.getFirst();
    Group best = null;
    for (Group g : candidates)
      if (lastSeen.containsKey(g) && (best == null || lastSeen.get(g) > lastSeen.get(best))) best = g;
    return best;
  }

  private static boolean ambiguous(Mention m, List<Group> groups) {
    return candidates(m, groups).size() > 1;
  }

  private static List<Group> candidates(Mention m, List<Group> groups) {
    List<Group> out = new ArrayList<>();
    String word = m.text();
    boolean namedThing = m.evidence() == Mention.Evidence.LEXICON && m.type() != EntityType.PERSON;
    for (Group g : groups) {
      boolean match = false;
      for (String v : g.variants.keySet()) if (v.indexOf(' ') < 0 && Names.sameName(v, word)) match = true;
      for (String n : g.longNames) {
        if (!namedThing && g.kind != EntityType.ORGANIZATION && g.kind != EntityType.PLACE && Names.sameWord(Names.surname(n), word))
          match = true;
        if (isAcronym(word) && g.kind != EntityType.PERSON && Names.initials(n).equalsIgnoreCase(word.replace(".", ""))) match = true;
      }
      if (match) out.add(g);
    }
    return out;
  }

  private static boolean isAcronym(String w) {
    String s = w.replace(".", "");
    return s.length() >= 2 && s.chars().allMatch(Character::isUpperCase);
  }

  private static boolean same(String a, String b, boolean people) {
    if (Names.sameName(a, b)) return true;
    return people && Names.samePerson(a, b);
  }

  private static boolean compatible(EntityType a, EntityType b) {
    return a == b || a == EntityType.OTHER || b == EntityType.OTHER;
  }

  private static EntityType vote(List<Mention> ms) {
    int[] v = new int[EntityType.values().length];
    for (Mention m : ms) v[m.type().ordinal()] += m.evidence().weight;
    EntityType best = EntityType.OTHER;
    for (EntityType t : EntityType.values()) if (t != EntityType.OTHER && v[t.ordinal()] > (best == EntityType.OTHER ? 0 : v[best.ordinal()])) best = t;
    return best;
  }

  /** The spelling written most often, preferring a person's full name to the surname alone. */
  private static String canonical(Group g) {
    boolean person = g.type() == EntityType.PERSON;
    return g.variants.keySet().stream()
        .max(Comparator.comparingInt((String v) -> person && v.indexOf(' ') > 0 ? 1 : 0)
            .thenComparingInt(v -> g.counts.getOrDefault(v, 0))
            .thenComparingInt(v -> g.variants.get(v).size())
            .thenComparingInt(String::length))
        .orElseThrow();
  }
}
