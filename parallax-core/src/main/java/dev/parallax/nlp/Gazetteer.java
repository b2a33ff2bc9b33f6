package dev.parallax.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * General knowledge about words, derived once from WordNet 3.0 and GeoNames (see {@code NAME-SOURCES.md} and
 * the dev tool {@code NameSourcesMain}) rather than written for the texts at hand: which capitalised words are
 * common words ("Search", "Steers"), nouns of people that stand before a name as a description ("Defender"),
 * heads of organisations' names ("Council", "Club"), given names, places and organisations, and the JDK's time
 * zone abbreviations ("GMT", "EST", listed at build time: asking the JDK costs seconds at start-up). Lists are
 * sorted arrays searched by halves, which keeps the 95,000 entries in about 5 MB of heap. Read once per process;
 * thread-safe.
 */
final class Gazetteer {

  private static final class Holder {
    static final Gazetteer ENGLISH = new Gazetteer();
  }

  private final String[] common = read("wordnet-common.txt");
  private final String[] personNouns = read("wordnet-person-nouns.txt");
  private final String[] orgHeads = read("wordnet-org-heads.txt");
  private final String[] placeNouns = read("wordnet-place-nouns.txt");
  private final String[] givenNames = read("wordnet-given-names.txt");
  private final String[] places = union(read("wordnet-places.txt"), read("cities.txt"));
  private final String[] organisations = read("wordnet-organisations.txt");
  private final String[] timeZones = read("time-zones.txt");

  private Gazetteer() {}

  static Gazetteer english() {
    return Holder.ENGLISH;
  }

  /** A common noun or adjective (or a noun's plural) WordNet never writes capitalised: "Search", "Steers". */
  boolean common(String word) {
    String k = key(word);
    return has(common, k) || singular(k).stream().anyMatch(s -> has(common, s));
  }

  /**
   * A noun for a person by role or description ("defender", "actress", "father"); written capitalised, one that
   * is no given name as well ("Father", "Hunter" may open a name).
   */
  boolean personNoun(String word) {
    return has(personNouns, key(word)) && (Character.isLowerCase(word.charAt(0)) || !givenName(word));
  }

  /** A common noun for an organisation ("council", "club", "airline"), or its plural ("Steelers" is not one). */
  boolean orgHead(String word) {
    String k = key(word);
    return has(orgHeads, k) || singular(k).stream().anyMatch(s -> has(orgHeads, s));
  }

  /** A common noun for a place: "village", "province", "area". */
  boolean placeNoun(String word) {
    return has(placeNouns, key(word));
  }

  /** The first name of a person WordNet knows: "Matthew", "Hannah". */
  boolean givenName(String word) {
    return has(givenNames, key(word));
  }

  /** A place of WordNet or a GeoNames city of 15,000 people or more. */
  boolean place(String name) {
    return has(places, key(name));
  }

  /** An organisation WordNet names ("Academy of Motion Picture Arts and Sciences", "Red Cross", "GOP"). */
  boolean organisation(String name) {
    return has(organisations, key(name));
  }

  /** A time zone's abbreviation the JDK knows ("GMT", "EST", "CET"). */
  boolean timeZone(String word) {
    return word.equals(word.toUpperCase(Locale.ROOT)) && has(timeZones, key(word));
  }

  private static List<String> singular(String k) {
    List<String> out = new ArrayList<>(3);
    if (k.length() < 4 || !k.endsWith("s") || k.endsWith("ss")) return out;
    out.add(k.substring(0, k.length() - 1));
    if (k.endsWith("es")) out.add(k.substring(0, k.length() - 2));
    if (k.endsWith("ies")) out.add(k.substring(0, k.length() - 3) + "y");
    return out;
  }

  private static boolean has(String[] sorted, String k) {
    return Arrays.binarySearch(sorted, k) >= 0;
  }

  /** As {@link Lexicon#key}, not called, so that neither class needs the other to be loaded first. */
  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
  }

  private static String[] union(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    Arrays.sort(out);
    return out;
  }

  private static String[] read(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("word list missing from the classpath: " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) out.add(key(l));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + resource, e);
    }
    return out.stream().sorted().distinct().toArray(String[]::new);
  }
}
