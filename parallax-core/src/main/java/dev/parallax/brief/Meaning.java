package dev.parallax.brief;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * @param numbers quantities written in digits or as words up to twelve, as digits ("$300 billion" gives 300)
 * @param days when: weekdays, months, dates ("october 1") and years
 * @param opening the sentence's first word when it alone is capitalised: a name ("Starmer had said") or not
 *     ("Controversial talks"), which the story tells (see {@link #withName})
 */
record Meaning(Set<String> stems, Set<String> names, Set<String> numbers, Set<String> days, String opening) {

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
  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
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

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WORD_PARTS = Pattern.compile("[.'’-]+");
  private static final int CACHE_LIMIT = 50_000;
  /** By sentence text: a story that gains an article, or is briefed again, reuses what it read before. */
  private static final Map<String, Meaning> CACHE = new ConcurrentHashMap<>();

  static Meaning of(String text) {
    Meaning cached = CACHE.get(text);
    if (cached != null) return cached;
    Meaning m = read(text);
    if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
    CACHE.put(text, m);
    return m;
  }

  private static Meaning read(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    EnglishStemmer stemmer = new EnglishStemmer();
    Set<String> stems = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    Set<String> days = new HashSet<>();
    String run = null; // last word of the current run of capitalised words
    boolean first = true;
    // a sentence's first word alone is capitalised anyway ("Controversial talks"): kept apart
    boolean openingAlone = false;
    String opening = null;
    String previous = "";
    Matcher m = TOKEN.matcher(folded);
    while (m.find()) {
      String token = stripEnd(m.group());
      boolean possessive = token.endsWith("’s") || token.endsWith("'s");
      String raw = possessive ? token.substring(0, token.length() - 2) : token;
      if (raw.isEmpty()) continue;
      String lower = raw.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(raw.charAt(0));
      if (capital && !(first && NOT_NAMES.contains(lower))) {
        openingAlone = first;
        run = lower.replace(".", "");
        if (possessive) {
          if (!NOT_NAMES.contains(run)) names.add(run);
          run = null;
        }
      } else {
        if (run != null && !NOT_NAMES.contains(run)) {
          if (openingAlone) opening = run;
          else names.add(run);
        }
        run = null;
      }
      first = false;
      if (Character.isDigit(raw.charAt(0))) {
        String number = stripEnd(raw.replace(",", "").replace("’", "").replace("'", ""));
        // a date's day ("October 1") or year ("in 2022") says when, not how many
        if (MONTHS.contains(previous) && number.length() <= 2) days.add(previous + " " + number);
        else if (YEAR.matcher(number).matches()) days.add(number);
        else numbers.add(number);
        previous = number;
        continue;
      }
      if (MONTHS.contains(lower) && numbers.remove(previous)) days.add(lower + " " + previous); // "1 October"
      previous = lower;
      if (NUMBER_WORDS.containsKey(lower)) numbers.add(NUMBER_WORDS.get(lower));
      if (DAYS.contains(lower)) days.add(lower);
      for (String word : WORD_PARTS.split(lower)) {
        if (word.length() < 2 || TermVectors.isStopWord(word)) continue;
        stemmer.setCurrent(word);
        stemmer.stem();
        stems.add(stemmer.getCurrent());
      }
    }
    if (run != null && !NOT_NAMES.contains(run)) names.add(run);
    names.removeAll(DAYS);
    return new Meaning(Set.copyOf(stems), Set.copyOf(names), Set.copyOf(numbers), Set.copyOf(days), opening);
  }

  /** This meaning with its opening word taken for a name (the story names it elsewhere mid-sentence). */
  Meaning withName(Set<String> storyNames) {
    if (opening == null || !storyNames.contains(opening)) return this;
    Set<String> more = new HashSet<>(names);
    more.add(opening);
    return new Meaning(stems, Set.copyOf(more), numbers, days, null);
  }

  /** Drops trailing punctuation ("U.S." stays "U.S", "Lavrov," is "Lavrov"). */
  private static String stripEnd(String token) {
    int end = token.length();
    while (end > 0 && ".,'’-".indexOf(token.charAt(end - 1)) >= 0) end--;
    return token.substring(0, end);
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
   * Like {@link #sharedWords}, and leaving out the stems of names either sentence gives ("ukrain" of
   * "Ukraine"): the words that say what happened.
   */
  int sharedPlainWords(Meaning other) {
    int n = 0;
    for (String x : stems) {
      if (!other.stems.contains(x) || ROLES.contains(x) || ofName(x) || other.ofName(x)) continue;
      n++;
    }
    return n;
  }

  /** How many of its stems say what happened: not names, not the titles that go with names. */
  int plainWords() {
    int n = 0;
    for (String x : stems) if (!ROLES.contains(x) && !ofName(x)) n++;
    return n;
  }

  private boolean ofName(String stem) {
    for (String name : names) if (name.startsWith(stem)) return true;
    return opening != null && opening.startsWith(stem);
  }

  /**
   * The names do not point to different people or places: when both sentences name someone the story does
   * not name throughout (not {@code common}), they name at least one in common.
   */
  boolean sameNames(Meaning other, Set<String> common) {
    if (sharedNames(other, common) > 0) return true;
    return names.stream().allMatch(common::contains) || other.names.stream().allMatch(common::contains);
  }

  /** Names both mention, leaving out those the whole story mentions (its Trump and Putin). */
  int sharedNames(Meaning other, Set<String> common) {
    int n = 0;
    for (String x : names) if (other.names.contains(x) && !common.contains(x)) n++;
    return n;
  }

  private static boolean compatible(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || shared(a, b) > 0;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) if (b.contains(x)) n++;
    return n;
  }
}
