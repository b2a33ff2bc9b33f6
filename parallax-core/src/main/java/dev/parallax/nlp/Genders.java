package dev.parallax.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's grammatical gender as far as the text and common first names tell it, so that "she said" never
 * goes to a man and "he said" never to a woman. Evidence, strongest first: a gendered title or role written
 * with the name ("Ms. Thurman", "her father Bassem", "actress Uma Thurman"), then the first name, from the
 * public-domain Moby lists of English first names (a name on both lists, such as Quentin, tells nothing).
 * Anything else is {@link Gender#UNKNOWN}, which agrees with every pronoun.
 */
final class Genders {

  enum Gender {
    FEMALE, MALE, UNKNOWN;

    /** Whether a person of this gender can be the one a pronoun stands for. */
    boolean agrees(String pronoun) {
      String p = pronoun.toLowerCase(Locale.ROOT);
      if (this == FEMALE) return !p.equals("he");
      if (this == MALE) return !p.equals("she");
      return true;
    }
  }

  private static final Genders ENGLISH = new Genders();

  private final Set<String> female = Lexicon.read("female-first-names.txt");
  private final Set<String> male = Lexicon.read("male-first-names.txt");
  private final Map<String, Gender> words = words("gendered-words.txt");

  static Genders english() {
    return ENGLISH;
  }

  /** The gender of a first name, a title or a role word ("Sarah", "Mr.", "actress"), or UNKNOWN. */
  Gender ofWord(String word) {
    String k = key(word);
    Gender g = words.get(k);
    if (g != null) return g;
    boolean f = female.contains(k);
    boolean m = male.contains(k);
    return f == m ? Gender.UNKNOWN : f ? Gender.FEMALE : Gender.MALE;
  }

  /**
   * A story's person: the words of its titles and roles decide when they agree with each other, else the first
   * words of its names of two words or more but the last ("Sarah Silverman"; a lone surname says nothing).
   */
  Gender of(CanonicalEntity e) {
    // a title's words are looked up as titles only: the Moby lists hold a few words such as "Mayor" as names
    Gender byTitle = agreeing(e.titles().stream().flatMap(t -> List.of(t.split("[\\s,]+")).stream()).toList(), true);
    if (byTitle != Gender.UNKNOWN) return byTitle;
    Set<String> first = new HashSet<>();
    Set<String> spellings = new HashSet<>(e.variants().keySet());
    spellings.add(e.name());
    for (String v : spellings) {
      String[] w = v.strip().split("\\s+");
      for (int i = 0; i + 1 < w.length; i++) first.add(w[i]); // "Councillor Robert Haynes": any word but the surname
    }
    return agreeing(first, false);
  }

  private Gender agreeing(Iterable<String> list, boolean titlesOnly) {
    Gender found = Gender.UNKNOWN;
    for (String w : list) {
      Gender g = titlesOnly ? words.getOrDefault(key(w), Gender.UNKNOWN) : ofWord(w);
      if (g == Gender.UNKNOWN) continue;
      if (found != Gender.UNKNOWN && found != g) return Gender.UNKNOWN;
      found = g;
    }
    return found;
  }

  private static String key(String word) {
    return Lexicon.key(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
  }

  private static Map<String, Gender> words(String resource) {
    Map<String, Gender> out = new HashMap<>();
    try (InputStream in = Genders.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("word list missing from the classpath: " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) continue;
        String[] f = l.split("\\s+");
        if (f.length != 2 || !(f[0].equals("female") || f[0].equals("male")))
          throw new IllegalStateException(resource + " line " + n + ": expected \"female WORD\" or \"male WORD\", got: " + l);
        out.put(Lexicon.key(f[1]), f[0].equals("female") ? Gender.FEMALE : Gender.MALE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + resource, e);
    }
    return out;
  }
}
