package dev.parallax.brief;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * What a sentence says beyond its exact words, for telling whether two outlets state the same fact: word
 * stems ("meeting" and "meet"), the names it mentions by surname ("Secretary of State Marco Rubio" and "Mr
 * Rubio" are both "rubio"), and the numbers and days it gives, which must agree for two sentences to state
 * the same fact.
 *
 * @param stems content-word stems
 * @param names surnames and other proper names: the last word of each run of capitalised words
 * @param numbers numbers written in digits or as words up to twelve, as digits ("$300 billion" gives 300)
 * @param days weekdays and months named
 */
record Meaning(Set<String> stems, Set<String> names, Set<String> numbers, Set<String> days) {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,'’-]*");
  private static final Map<String, String> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
          Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
          Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));
  private static final Set<String> DAYS =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "june", "july", "august", "september", "october", "november", "december");
  /** Capitalised words that start a name run but are not names themselves. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the", "a", "an", "in", "on", "at", "as", "but", "and", "after", "before", "while", "when", "if", "mr",
          "mrs", "ms", "sir", "dr", "president", "secretary", "minister", "prime", "foreign", "state", "national",
          "security", "adviser", "advisor", "special", "envoy", "spokesperson", "spokesman", "chief", "head",
          "it", "he", "she", "they", "we", "this", "that", "there", "however", "meanwhile", "since", "last",
          "for", "with", "by", "from", "to", "of");

  /** Stems of the titles that come with names; they say who someone is, not what happened. */
  private static final Set<String> ROLES =
      Set.of(
          "presid", "secretari", "minist", "foreign", "prime", "polici", "advis", "nation", "secur", "special",
          "envoy", "spokesperson", "spokesman", "chief", "head", "offici", "state", "sir", "mr");

  static Meaning of(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    EnglishStemmer stemmer = new EnglishStemmer();
    Set<String> stems = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    Set<String> days = new HashSet<>();
    String run = null; // last word of the current run of capitalised words
    boolean first = true;
    Matcher m = TOKEN.matcher(folded);
    while (m.find()) {
      String token = m.group();
      String raw = trim(token);
      if (raw.isEmpty()) continue;
      boolean possessive = raw.length() < token.replaceAll("[.,'’-]+$", "").length();
      String lower = raw.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(raw.charAt(0));
      if (capital && !(first && NOT_NAMES.contains(lower))) {
        run = lower.replace(".", "");
        if (possessive) {
          if (!NOT_NAMES.contains(run)) names.add(run);
          run = null;
        }
      } else {
        if (run != null && !NOT_NAMES.contains(run)) names.add(run);
        run = null;
      }
      first = false;
      if (Character.isDigit(raw.charAt(0))) {
        numbers.add(raw.replaceAll("[,’']", "").replaceAll("\\.0*$", ""));
        continue;
      }
      if (NUMBER_WORDS.containsKey(lower)) numbers.add(NUMBER_WORDS.get(lower));
      if (DAYS.contains(lower)) days.add(lower);
      for (String word : lower.split("[.'’-]+")) {
        if (word.length() < 2 || TermVectors.isStopWord(word)) continue;
        stemmer.setCurrent(word);
        stemmer.stem();
        stems.add(stemmer.getCurrent());
      }
    }
    if (run != null && !NOT_NAMES.contains(run)) names.add(run);
    names.removeAll(DAYS);
    return new Meaning(stems, names, numbers, days);
  }

  /** Drops trailing punctuation and a possessive ("Trump’s" is "Trump"). */
  private static String trim(String token) {
    String t = token.replaceAll("[.,'’-]+$", "");
    if (t.endsWith("’s") || t.endsWith("'s")) t = t.substring(0, t.length() - 2);
    return t;
  }

  /** Numbers and days do not contradict: when both sentences give some, they share at least one. */
  boolean agrees(Meaning other) {
    return compatible(numbers, other.numbers) && compatible(days, other.days);
  }

  /**
   * Stems both share that are not names or the titles that go with names ("foreign policy adviser"): what
   * they say about the people, not just who they name.
   */
  int sharedWords(Meaning other) {
    int n = 0;
    for (String x : stems) if (other.stems.contains(x) && !names.contains(x) && !ROLES.contains(x)) n++;
    return n;
  }

  /**
   * The names do not point to different people or places: when both sentences name someone the story does
   * not name throughout (not {@code common}), they name at least one in common.
   */
  boolean sameNames(Meaning other, Set<String> common) {
    return compatible(rare(names, common), rare(other.names, common));
  }

  private static Set<String> rare(Set<String> names, Set<String> common) {
    Set<String> out = new HashSet<>(names);
    out.removeAll(common);
    return out;
  }

  /** Names both mention, leaving out those the whole story mentions (its Trump and Putin). */
  int sharedNames(Meaning other, Set<String> common) {
    int n = 0;
    for (String x : names) if (other.names.contains(x) && !common.contains(x)) n++;
    return n;
  }

  /** Names found in more than {@code share} of the statements. */
  static Set<String> common(List<Meaning> meanings, double share) {
    Map<String, Integer> df = new java.util.HashMap<>();
    for (Meaning m : meanings) for (String name : m.names) df.merge(name, 1, Integer::sum);
    Set<String> common = new HashSet<>();
    df.forEach((name, count) -> { if (count > share * meanings.size()) common.add(name); });
    return common;
  }

  private static boolean compatible(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || shared(a, b) > 0;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) if (b.contains(x)) n++;
    return n;
  }

  static List<Meaning> of(List<Statement> statements) {
    return statements.stream().map(s -> of(s.text())).toList();
  }
}
