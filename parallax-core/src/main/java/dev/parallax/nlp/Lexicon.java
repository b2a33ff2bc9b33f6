package dev.parallax.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the recogniser leans on, read from this package's resources (plain text, one entry per
 * line): titles, the words that qualify them, words that make a name an organisation's, well-known
 * organisations and places (plus every country name the JDK knows), nationality adjectives, speech verbs
 * and capitalised words that are no names. All lookups ignore case.
 */
public final class Lexicon {

  private static final Lexicon ENGLISH = new Lexicon();

  private final Set<String> titles = read("titles.txt");
  private final Set<String> titleModifiers = read("title-modifiers.txt");
  private final Set<String> orgWords = read("org-words.txt");
  private final Set<String> organisations = read("organisations.txt");
  private final Set<String> places = read("places.txt");
  private final Set<String> nationalities = read("nationalities.txt");
  private final Set<String> speechVerbs = read("speech-verbs.txt");
  private final Set<String> notNames = read("not-names.txt");
  private final Set<String> eventWords = read("event-words.txt");
  private final Set<String> placeWords = read("place-words.txt");
  private final Set<String> placePrefixes = read("place-prefixes.txt");
  private final Set<String> captionWords = read("caption-words.txt");
  private final java.util.Map<String, String> aliases = aliases("aliases.txt");
  private final Gazetteer gazetteer = Gazetteer.english();

  private Lexicon() {
    for (String code : Locale.getISOCountries()) {
      String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
      places.add(key(name));
      int and = name.indexOf(" & ");
      if (and > 0) places.add(key(name.substring(0, and)));
    }
  }

  public static Lexicon english() {
    return ENGLISH;
  }

  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
  }

  /** A title or rank; a hyphenated one is made of titles and their qualifiers ("Secretary-General", "Vice-Chairman"). */
  public boolean title(String word) {
    if (titles.contains(key(stripDot(word)))) return true;
    if (word.indexOf('-') <= 0) return false;
    boolean title = false;
    for (String part : word.split("-")) {
      if (titles.contains(key(part))) title = true;
      else if (!titleModifiers.contains(key(part))) return false;
    }
    return title;
  }

  public boolean titleModifier(String word) {
    return titleModifiers.contains(key(word));
  }

  public boolean orgWord(String word) {
    return orgWords.contains(key(word));
  }

  public boolean organisation(String name) {
    return organisations.contains(key(name));
  }

  public boolean place(String name) {
    return places.contains(key(name));
  }

  /**
   * A place the general gazetteer knows (WordNet, GeoNames cities of 15,000 people or more) and that is no
   * common word ("Nice", "Reading") nor a given name: weaker evidence than {@link #place}, as many towns
   * share a name with a person ("Clinton", "Jackson").
   */
  public boolean knownPlace(String name) {
    return place(name) || gazetteer.place(name) && (name.indexOf(' ') > 0 || !gazetteer.common(name) && !gazetteer.givenName(name));
  }

  /** An organisation of the word list or of WordNet ("Red Cross", "Academy of Motion Picture Arts and Sciences"). */
  public boolean knownOrganisation(String name) {
    return organisation(name) || gazetteer.organisation(name);
  }

  /** A common word WordNet never capitalises, or its plural: "Search", "Steers", "Civil". */
  public boolean commonWord(String word) {
    return gazetteer.common(word);
  }

  /** A noun for a person by role or description ("Defender", "Striker", "Actress") that is no given name. */
  public boolean personNoun(String word) {
    return gazetteer.personNoun(word);
  }

  /** A word that ends organisations' names: a listed one, or a WordNet noun for an organisation ("Club", "Airline"). */
  public boolean orgHead(String word) {
    return orgWords.contains(key(word)) || gazetteer.orgHead(word);
  }

  /** A common noun for a place ("village", "province"), as in "the village of Nabi Saleh". */
  public boolean placeNoun(String word) {
    return gazetteer.placeNoun(word);
  }

  /** A person's first name WordNet knows ("Hannah", "Zachary"). */
  public boolean givenName(String word) {
    return gazetteer.givenName(word);
  }

  /** A time zone's abbreviation ("GMT", "EST"). */
  public boolean timeZone(String word) {
    return gazetteer.timeZone(word);
  }

  /** A nationality or regional adjective, or its plural ("Russian", "Ukrainians"). */
  public boolean nationality(String word) {
    String k = key(word);
    return nationalities.contains(k) || k.endsWith("s") && nationalities.contains(k.substring(0, k.length() - 1));
  }

  /** The canonical name of a place or organisation known by several names ("UK", "Britain"), or null. */
  public String alias(String name) {
    return aliases.get(key(name));
  }

  public boolean eventWord(String word) {
    return eventWords.contains(key(word));
  }

  /** A word that makes a name a place's: "Street", "Valley", "River". */
  public boolean placeWord(String word) {
    return placeWords.contains(key(word));
  }

  /** A word that opens names of places: "San", "Fort", "Republic" (of …). */
  public boolean placePrefix(String word) {
    return placePrefixes.contains(key(word));
  }

  /** A word of captions, credits and page buttons ("Caption", "Image", "Continue"), never in a name. */
  public boolean captionWord(String word) {
    return captionWords.contains(key(word));
  }

  public boolean speechVerb(String word) {
    return speechVerbs.contains(key(word));
  }

  public boolean notName(String word) {
    return notNames.contains(key(word));
  }

  private static String stripDot(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  private static java.util.Map<String, String> aliases(String resource) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (String line : read(resource)) {
      String[] names = line.split("\\|");
      for (String n : names) out.put(key(n), names[0].strip());
    }
    return out;
  }

  static Set<String> read(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("word list missing from the classpath: " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) out.add(key(l));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + resource, e);
    }
    return out;
  }
}
