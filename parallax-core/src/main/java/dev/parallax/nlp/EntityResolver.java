package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the mentions of a story's articles into canonical entities.
 *
 * <p>Names of several words merge when they are the same person (same surname and first name, spelling
 * variants allowed, see {@link Names}) or the same name word by word, and only when they match every
 * several-word name already in the group, so no chain of near-matches joins two people. A one-word mention
 * joins the group whose person has that surname, or the group of that name or acronym; when two people
 * share the surname, it is the one its article named last. What cannot be told apart stays apart.
 * Candidates are looked up by the keys of last words and their one-letter deletions, so a story of many
 * articles costs about linear time.
 */
public final class EntityResolver {

  /** The story's entities and, per article, the entity of each mention (-1 when none). */
  public record Resolution(List<CanonicalEntity> entities, Map<String, int[]> entityOf) {}

  private static final class Group {
    final List<NameForm> longNames = new ArrayList<>();
    final List<NameForm> shortNames = new ArrayList<>();
    final Map<String, Set<String>> variants = new LinkedHashMap<>();
    final Map<String, Integer> counts = new HashMap<>();
    final int[] votes = new int[EntityType.values().length];
    final Set<String> titles = new TreeSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;
    /** Mentions by a name of several words across the story: how prominent the entity is. */
    int fullMentions;
    /** The type the group had when it was formed, which one-word mentions are matched against. */
    EntityType kind = EntityType.OTHER;

    void add(Mention m, String article) {
      variants.computeIfAbsent(m.text(), k -> new LinkedHashSet<>()).add(article);
      counts.merge(m.text(), 1, Integer::sum);
      votes[m.type().ordinal()] += m.evidence().weight;
      if (m.title() != null) titles.add(m.title().toLowerCase(Locale.ROOT));
      articles.add(article);
      mentions++;
    }

    EntityType type() {
      return winner(votes);
    }
  }

  /** Groups by the neighbourhood keys of their names' last words, and organisations by their initials. */
  private static final class Index {
    final Map<String, List<Group>> byLastWord = new HashMap<>();
    final Map<String, List<Group>> byInitials = new HashMap<>();
    final Map<String, List<Group>> byFirstWord = new HashMap<>();

    void add(Group g, NameForm name) {
      for (String k : NameForm.neighbourhood(name.lastKey())) {
        List<Group> l = byLastWord.computeIfAbsent(k, x -> new ArrayList<>());
        if (!l.contains(g)) l.add(g);
      }
      if (name.size() > 1) {
        List<Group> f = byFirstWord.computeIfAbsent(name.keys()[0], x -> new ArrayList<>());
        if (!f.contains(g)) f.add(g);
        String initials = Names.initials(name.text()).toUpperCase(Locale.ROOT);
        if (initials.length() >= 2) byInitials.computeIfAbsent(initials, x -> new ArrayList<>()).add(g);
      }
    }

    Set<Group> near(NameForm name) {
      Set<Group> out = new LinkedHashSet<>();
      for (String k : NameForm.neighbourhood(name.lastKey())) out.addAll(byLastWord.getOrDefault(k, List.of()));
      return out;
    }
  }

  private final Lexicon lexicon;

  public EntityResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Resolution resolve(List<ArticleAnalysis> articles) {
    List<Group> groups = new ArrayList<>();
    Map<String, Group> byAlias = new HashMap<>(); // "UK" and "Britain" are one place
    Index index = new Index();
    Map<String, NameForm> forms = new HashMap<>();
    Map<String, Group> ofLongName = new HashMap<>();

    // several-word names first, the most frequent first, so each group grows from its commonest spelling
    Map<String, List<Mention>> byText = new LinkedHashMap<>();
    for (ArticleAnalysis a : articles)
      for (Mention m : a.mentions()) if (m.tokens() > 1) byText.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
    List<String> longNames = new ArrayList<>(byText.keySet());
    longNames.sort(Comparator.comparingInt((String t) -> -byText.get(t).size()));
    for (String text : longNames) {
      NameForm name = forms.computeIfAbsent(text, NameForm::of);
      int[] v = new int[EntityType.values().length];
      for (Mention m : byText.get(text)) v[m.type().ordinal()] += m.evidence().weight;
      EntityType type = winner(v);
      String alias = lexicon.alias(text);
      Group into = alias == null ? null : byAlias.get(alias);
      for (Group g : alias != null ? List.<Group>of() : index.near(name)) {
        if (!compatible(g.type(), type)) continue;
        boolean people = type == EntityType.PERSON || g.type() == EntityType.PERSON;
        boolean all = true;
        for (NameForm other : g.longNames) if (!(name.sameName(other) || people && name.samePerson(other))) all = false;
        if (all && (into == null || g.mentions > into.mentions)) into = g;
      }
      if (into == null) groups.add(into = new Group());
      if (alias != null) byAlias.put(alias, into);
      into.longNames.add(name);
      for (int k = 0; k < v.length; k++) into.votes[k] += v[k];
      into.mentions += byText.get(text).size();
      ofLongName.put(text, into);
      index.add(into, name);
    }
    for (Group g : groups) { // counted again below, mention by mention
      g.kind = g.type();
      Arrays.fill(g.votes, 0);
      g.fullMentions = g.mentions;
      g.mentions = 0;
    }

    Map<String, Group[]> assigned = new HashMap<>();
    for (ArticleAnalysis a : articles) {
      List<Mention> ms = a.mentions();
      Group[] of = new Group[ms.size()];
      Map<Group, Integer> lastSeen = new HashMap<>();
      Map<Group, Integer> seen = new HashMap<>();
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        Group g;
        if (m.tokens() > 1) g = ofLongName.get(m.text());
        else {
          NameForm word = forms.computeIfAbsent(m.text(), NameForm::of);
          String alias = lexicon.alias(m.text());
          List<Group> candidates = alias != null && byAlias.containsKey(alias) ? List.of(byAlias.get(alias)) : candidates(m, word, index);
          if (candidates.isEmpty()) candidates = firstName(m, word, index, lastSeen);
          g = pick(candidates, lastSeen, seen, ms, m.paragraph());
          if (g == null && candidates.isEmpty()) {
            groups.add(g = new Group());
            g.kind = m.type();
            g.shortNames.add(word);
            index.add(g, word);
            if (alias != null) byAlias.put(alias, g);
          }
        }
        if (g == null) continue; // a surname two people share, neither named in this article yet
        if (m.tokens() == 1 && g.shortNames.stream().noneMatch(f -> f.text().equals(m.text()))) g.shortNames.add(forms.get(m.text()));
        g.add(m, a.articleId());
        lastSeen.put(g, i);
        seen.merge(g, 1, Integer::sum);
        of[i] = g;
      }
      assigned.put(a.articleId(), of);
    }

    List<CanonicalEntity> entities = new ArrayList<>();
    Map<Group, Integer> ids = new HashMap<>();
    for (Group g : groups) {
      if (g.mentions == 0) continue;
      ids.put(g, entities.size());
      EntityType type =
          g.type() == EntityType.OTHER && g.votes[EntityType.OTHER.ordinal()] == 0 && plural(g) ? EntityType.ORGANIZATION : g.type();
      entities.add(new CanonicalEntity(canonical(g), type, g.variants, g.titles, new ArrayList<>(g.articles), g.mentions));
    }
    Map<String, int[]> entityOf = new HashMap<>();
    for (Map.Entry<String, Group[]> e : assigned.entrySet()) {
      int[] out = new int[e.getValue().length];
      for (int i = 0; i < out.length; i++) out[i] = e.getValue()[i] == null ? -1 : ids.get(e.getValue()[i]);
      entityOf.put(e.getKey(), out);
    }
    return new Resolution(entities, entityOf);
  }

  /** The groups a one-word mention may belong to: a person's surname, the same one-word name, an acronym. */
  private static List<Group> candidates(Mention m, NameForm word, Index index) {
    boolean namedThing = m.evidence() == Mention.Evidence.LEXICON && m.type() != EntityType.PERSON;
    List<Group> out = new ArrayList<>();
    for (Group g : index.near(word)) {
      boolean match = false;
      for (NameForm s : g.shortNames) if (word.sameName(s)) match = true;
      if (!match && !namedThing && g.kind != EntityType.ORGANIZATION && g.kind != EntityType.PLACE)
        for (NameForm n : g.longNames) if (word.isSurnameOf(n)) match = true;
      if (match) out.add(g);
    }
    String acronym = m.text().replace(".", "");
    if (acronym.length() >= 2 && acronym.chars().allMatch(Character::isUpperCase))
      for (Group g : index.byInitials.getOrDefault(acronym, List.of()))
        if (g.kind != EntityType.PERSON && !out.contains(g)) out.add(g);
    return out;
  }

  /** "Uma" alone, for the one person of that first name the article has named in full ("Uma Thurman"). */
  private static List<Group> firstName(Mention m, NameForm word, Index index, Map<Group, Integer> lastSeen) {
    if (m.evidence() == Mention.Evidence.LEXICON && m.type() != EntityType.PERSON || word.size() != 1) return List.of();
    List<Group> people = index.byFirstWord.getOrDefault(word.keys()[0], List.of()).stream()
        .filter(g -> g.kind == EntityType.PERSON && lastSeen.containsKey(g)).toList();
    return people.size() == 1 ? people : List.of();
  }

  /**
   * One candidate; of several, the one the article named last when that was in this paragraph or the one
   * before ("His brother Ed Miliband …" then "Miliband said"), else the one it named most so far (the
   * article's own subject, not "her father, Robert Thurman" named once three paragraphs up); none when the
   * article named none of them.
   */
  private static Group pick(
      List<Group> candidates, Map<Group, Integer> lastSeen, Map<Group, Integer> seen, List<Mention> ms, int paragraph) {
    if (candidates.size() == 1) return candidates.getFirst();
    Group last = null;
    for (Group g : candidates)
      if (lastSeen.containsKey(g) && (last == null || lastSeen.get(g) > lastSeen.get(last))) last = g;
    if (last != null && ms.get(lastSeen.get(last)).paragraph() >= paragraph - 1) return last;
    Group most = null; // named most in this article so far, then most often in full across the story
    for (Group g : candidates)
      if (most == null || seen.getOrDefault(g, 0) > seen.getOrDefault(most, 0)
          || seen.getOrDefault(g, 0).equals(seen.getOrDefault(most, 0)) && g.fullMentions > most.fullMentions) most = g;
    boolean dominant = true; // the story's main bearer of the name: named in full three times as often as any other
    for (Group g : candidates)
      if (g != most && (3 * Math.max(1, g.fullMentions) > most.fullMentions || seen.getOrDefault(g, 0) > 1)) dominant = false;
    return dominant || last != null ? most : null;
  }

  /**
   * Every spelling one plural-looking word that joined no person ("Broncos", "Eagles"): a team or a band,
   * as people are not named in the plural.
   */
  private static boolean plural(Group g) {
    for (String v : g.variants.keySet())
      if (v.indexOf(' ') >= 0 || v.length() < 5 || !v.endsWith("s") || v.endsWith("ss") || v.endsWith("us") || v.endsWith("is")
          || !Character.isUpperCase(v.charAt(0))) return false;
    return true;
  }

  private static boolean compatible(EntityType a, EntityType b) {
    return a == b || a == EntityType.OTHER || b == EntityType.OTHER;
  }

  /**
   * The type with the most weight of evidence; OTHER (a title of a work, an event) wins only with more weight
   * than every other type, so "Kill Bill" written in quotes in two articles is no person for one bare mention.
   */
  private static EntityType winner(int[] votes) {
    EntityType best = EntityType.OTHER;
    for (EntityType t : EntityType.values())
      if (t != EntityType.OTHER && votes[t.ordinal()] > (best == EntityType.OTHER ? 0 : votes[best.ordinal()])) best = t;
    return best != EntityType.OTHER && votes[EntityType.OTHER.ordinal()] > votes[best.ordinal()] ? EntityType.OTHER : best;
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
