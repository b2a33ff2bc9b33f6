package dev.parallax.extract;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the metadata a plain text carries in its first lines, before the prose: title, byline, section,
 * outlet and date. Each is recognised by its shape (a person's name, a section word, a repeated or
 * newspaper-like name, the longest headline-like line just before the prose), never by a list of sites.
 */
final class TextHeader {

  /** What the head lines held; each field null when absent, {@code used} marks the lines consumed. */
  record Found(String title, String byline, String section, String outlet, Instant published, boolean[] used) {}

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern SECTION =
      Pattern.compile(
          "((uk|us|world|national|international|local|business|politics|global) )?(world|news|politics|business|economy|markets|money"
              + "|sports?|football|opinion|comment|analysis|culture|arts|entertainment|lifestyle|life|travel|health|science"
              + "|technology|tech|environment|climate|education|uk|us|europe|africa|asia|americas|middle east|australia|national"
              + "|international|local|weather|media|law|crime|religion|food|style|fashion|books|music|film|movies|tv|television"
              + "|society|investigations?|features?|commentary|editorial|asia pacific|latin america|regional|nation)( news)?",
          I);
  private static final Pattern OUTLET_NOUN =
      Pattern.compile(
          "\\b(times|news|post|herald|journal|telegraph|independent|guardian|tribune|gazette|express|mail|observer"
              + "|chronicle|standard|daily|press|review|today|star|mirror|record|reporter|examiner|inquirer|globe|wire"
              + "|magazine|weekly|courier|dispatch|sentinel|register|bulletin|monitor|insider|media|network|broadcasting|radio|tv)\\b",
          I);
  private static final Pattern NAME_TOKEN =
      Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|der|bin|al|el|la|le|di|du|ben|ibn)");
  private static final Pattern BY_PREFIX = Pattern.compile("^(by|von|par|por|di|door)\\s+(.+)$", I);

  private TextHeader() {}

  static Found read(List<String> head) {
    boolean[] used = new boolean[head.size()];
    String section = null;
    String outlet = null;
    String byline = null;
    Instant published = null;
    for (int i = 0; i < head.size(); i++) {
      String line = head.get(i);
      if (section == null && SECTION.matcher(line).matches()) {
        section = line;
        used[i] = true;
      } else if (published == null && TextDates.parse(line) != null) {
        published = TextDates.parse(line);
        used[i] = true;
      } else if (outlet == null && isOutlet(line, head)) {
        outlet = line;
        used[i] = true;
      } else if (outlet != null && line.equals(outlet)) {
        used[i] = true;
      } else if (byline == null && personName(line) != null) {
        byline = personName(line);
        used[i] = true;
      }
    }
    String title = null;
    for (int i = head.size() - 1; i >= 0 && title == null; i--) {
      if (used[i]) continue;
      String line = head.get(i);
      int words = LineClassifier.wordCount(line);
      if (words >= 4 && words <= 30 && LineClassifier.classify(line, LineClassifier.Zone.BODY) == null
          && !line.endsWith(".")) {
        title = line;
        used[i] = true;
      }
    }
    return new Found(title, byline, section, outlet, published, used);
  }

  /** A newspaper's name: a short capitalised line, repeated in the head or with a newspaper noun in it. */
  private static boolean isOutlet(String line, List<String> head) {
    int words = LineClassifier.wordCount(line);
    if (words < 1 || words > 6 || LineClassifier.endsLikeSentence(line) || !titleCase(line)) return false;
    long repeats = head.stream().filter(line::equals).count();
    if (repeats >= 2) return true;
    return OUTLET_NOUN.matcher(line).find() && line.toLowerCase(Locale.ROOT).startsWith("the ");
  }

  /** The person's name on a byline line ("By Jane Doe", "Jane Doe"), or null. */
  static String personName(String line) {
    String s = line.strip();
    var by = BY_PREFIX.matcher(s);
    if (by.matches()) s = by.group(2).strip();
    int comma = s.indexOf(',');
    if (comma > 0) s = s.substring(0, comma).strip();
    String[] tokens = s.split("\\s+");
    if (tokens.length < 2 || tokens.length > 4) return null;
    int capitals = 0;
    for (String t : tokens) {
      if (!NAME_TOKEN.matcher(t).matches()) return null;
      if (Character.isUpperCase(t.charAt(0))) capitals++;
    }
    if (capitals < 2 || OUTLET_NOUN.matcher(s).find() || SECTION.matcher(s).matches()) return null;
    if (s.toLowerCase(Locale.ROOT).startsWith("the ")) return null;
    return s;
  }

  private static boolean titleCase(String line) {
    for (String t : line.split("\\s+")) {
      if (t.isEmpty()) continue;
      char c = t.charAt(0);
      if (Character.isLetter(c) && !Character.isUpperCase(c) && t.length() > 3) return false;
    }
    return true;
  }
}
