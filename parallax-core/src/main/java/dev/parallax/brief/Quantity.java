package dev.parallax.brief;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A figure a sentence gives and what it counts: "$50 million of donated airtime" is 50 of "$ million" counting
 * "donated airtime"; "at least 12 people were killed" is 12 (at least) of "people killed". Two figures can
 * only disagree when they measure the same thing: the same unit and a counted thing in common, which a "$7
 * million campaign" and "$50 million of donated airtime" are not.
 *
 * @param value the number as written, scaled by nothing ("11.5 million" is 11.5 with unit "million")
 * @param unit currency sign, scale word and measure ("$ million", "%", "km"), empty for a bare count
 * @param thing stems of the first content words after the figure: what it counts
 * @param bound how the figure is hedged
 * @param digits decimals written after the point, for telling a rounded figure from a different one
 * @param written the figure as the sentence writes it, hedge and unit included ("at least 12", "$7 million")
 * @param what the words of the counted thing as written ("donated airtime")
 */
record Quantity(BigDecimal value, String unit, Set<String> thing, Bound bound, int digits, String written, String what) {

  /** How a figure is hedged: "at least 12" and "more than 11" are lower bounds. */
  enum Bound { EXACT, LOWER, UPPER, ABOUT }

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,-])(\\$|€|£|US\\$)?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\p{N}])(%|-year-old|-)?");
  private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "bn", "m");
  private static final Set<String> MEASURES =
      Set.of(
          "percent", "per", "cent", "km", "kilometres", "kilometers", "miles", "mph", "feet", "metres", "meters",
          "kg", "tonnes", "tons", "pounds", "dollars", "euros", "shekels", "yuan", "rupees", "degrees", "hours",
          "minutes", "seconds", "days", "weeks", "months", "years", "acres", "gallons", "barrels");
  /** Words right after a figure that make it part of a count ("128 other politicians"). */
  private static final Set<String> PARTIAL = Set.of("other", "others", "more", "additional", "another", "further", "extra");
  /** Words between a figure and what it counts that do not say what it counts. */
  private static final Set<String> SKIP =
      Set.of(
          "of", "the", "a", "an", "than", "new", "in", "and", "or", "to", "some", "about",
          "were", "was", "are", "is", "have", "has", "had", "been", "be", "at", "least", "nearly", "almost", "over");
  private static final Map<Pattern, Bound> BOUNDS =
      Map.of(
          Pattern.compile("(at least|more than|over|upwards of|in excess of|exceeding)\\s*$"), Bound.LOWER,
          Pattern.compile("(nearly|almost|up to|fewer than|less than|under|just under)\\s*$"), Bound.UPPER,
          Pattern.compile("(about|around|roughly|some|approximately|an estimated|estimated|close to)\\s*$"), Bound.ABOUT);
  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|\\d+");
  private static final int THING_WORDS = 2;

  /** The figures of a sentence that count something; years, dates, clock times and ordinals are left out. */
  static List<Quantity> in(String sentence) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(sentence);
    EnglishStemmer stemmer = new EnglishStemmer();
    while (m.find()) {
      String currency = m.group(1) == null ? "" : m.group(1).replace("US$", "$");
      String integer = m.group(2).replace(",", "");
      String fraction = m.group(3) == null ? "" : m.group(3);
      String suffix = m.group(4) == null ? "" : m.group(4);
      String before = sentence.substring(Math.max(0, m.start() - 24), m.start()).toLowerCase(Locale.ROOT);
      String after = sentence.substring(m.end());
      if (date(integer, fraction, currency, suffix, before, after)) continue;
      List<String> words = WORD.matcher(after).results().map(r -> r.group().toLowerCase(Locale.ROOT)).limit(12).toList();
      StringBuilder unit = new StringBuilder(currency);
      int k = 0;
      if (suffix.equals("%")) unit.append(" %");
      if (suffix.equals("-year-old")) unit.append(" year-old");
      while (k < words.size() && (SCALES.contains(words.get(k)) || MEASURES.contains(words.get(k))
          || words.get(k).equals("a") && k + 1 < words.size() && words.get(k + 1).equals("share"))) {
        String w = words.get(k);
        unit.append(' ').append(w.equals("bn") ? "billion" : w.equals("m") ? "million" : w.equals("per") && k + 1 < words.size()
            && words.get(k + 1).equals("cent") ? "%" : w);
        if (w.equals("per") && k + 1 < words.size() && words.get(k + 1).equals("cent")) k++;
        // "$82 per share", "$82 a share": what one unit is of belongs to the unit, not to what is counted
        else if ((w.equals("per") || w.equals("a")) && k + 1 < words.size()) unit.append(' ').append(words.get(++k));
        k++;
      }
      // "128 other politicians", "two more people": part of a count, not the count
      if (k < words.size() && PARTIAL.contains(words.get(k))) continue;
      Set<String> thing = new LinkedHashSet<>();
      List<String> what = new ArrayList<>();
      int partitive = -1; // "21 of the 200 girls" counts girls too
      for (; k < words.size() && thing.size() < THING_WORDS; k++) {
        String w = words.get(k);
        if (Character.isDigit(w.charAt(0))) {
          if (thing.isEmpty() && k > 0 && words.subList(0, k).contains("of")) partitive = k;
          break;
        }
        if (SKIP.contains(w) || TermVectors.isStopWord(w)) continue;
        stemmer.setCurrent(w);
        stemmer.stem();
        thing.add(stemmer.getCurrent());
        what.add(w);
      }
      if (partitive >= 0) {
        for (int p = partitive + 1; p < words.size() && thing.size() < THING_WORDS; p++) {
          String w = words.get(p);
          if (Character.isDigit(w.charAt(0)) || SCALES.contains(w) || MEASURES.contains(w)) continue;
          if (SKIP.contains(w) || TermVectors.isStopWord(w)) continue;
          stemmer.setCurrent(w);
          stemmer.stem();
          thing.add(stemmer.getCurrent());
          what.add(w);
        }
      }
      Bound bound = Bound.EXACT;
      String hedge = "";
      for (Map.Entry<Pattern, Bound> e : BOUNDS.entrySet()) {
        Matcher h = e.getKey().matcher(before);
        if (h.find()) {
          bound = e.getValue();
          hedge = h.group(1) + " ";
        }
      }
      String scale = unit.toString().replace(currency, "").replace("year-old", "").strip();
      String written = hedge + currency + m.group(2) + fraction + (suffix.equals("%") ? "%" : "") + (scale.isEmpty() ? "" : " " + scale);
      out.add(new Quantity(new BigDecimal(integer + fraction), unit.toString().strip(), Set.copyOf(thing), bound,
          Math.max(0, fraction.length() - 1), written.replace(" %", "%"), String.join(" ", what)));
    }
    return out;
  }

  /** A year, a day of a month, a clock time, an ordinal or a part of a name ("Kwangmyongsong-4"), not a count. */
  private static boolean date(String integer, String fraction, String currency, String suffix, String before, String after) {
    if (!currency.isEmpty()) return false;
    if (suffix.equals("-")) return true; // "9-11", "Covid-19-era": a range or a compound, not read
    String next = after.stripLeading().toLowerCase(Locale.ROOT);
    if (integer.length() == 4 && (integer.startsWith("19") || integer.startsWith("20")) && fraction.isEmpty()
        && !suffix.equals("%")) return true;
    if (next.startsWith("a.m") || next.startsWith("p.m") || next.startsWith("am ") || next.startsWith("pm ")
        || next.startsWith(":")) return true;
    if (next.matches("^(st|nd|rd|th)\\b.*")) return true;
    String last = before.strip();
    int space = last.lastIndexOf(' ');
    String previous = space < 0 ? last : last.substring(space + 1);
    if (MONTHS.contains(previous.replace(".", ""))) return true;
    String first = next.split("[^\\p{L}]+", 2)[0];
    return MONTHS.contains(first);
  }

  /** The same measure of the same thing: one unit, and a counted word in common (or neither names one). */
  boolean sameMeasure(Quantity other) {
    if (!unit.equals(other.unit)) return false;
    if (thing.isEmpty() || other.thing.isEmpty()) return thing.isEmpty() && other.thing.isEmpty() && !unit.isEmpty();
    for (String t : thing) if (other.thing.contains(t)) return true;
    return false;
  }

  /**
   * Whether two figures of the same measure can both be true: equal once rounded to the coarser one
   * ("11 million" and "11.5 million"), or one a bound the other keeps to ("more than 80" and 84).
   */
  boolean consistent(Quantity other) {
    BigDecimal a = value;
    BigDecimal b = other.value;
    int coarser = Math.min(digits, other.digits);
    BigDecimal step = BigDecimal.ONE.movePointLeft(coarser);
    if (a.subtract(b).abs().compareTo(step.divide(BigDecimal.valueOf(2))) <= 0) return true;
    if (bound != other.bound) {
      if (holds(this, other) || holds(other, this)) return true;
    }
    if (bound == Bound.ABOUT || other.bound == Bound.ABOUT) {
      BigDecimal larger = a.max(b);
      return a.subtract(b).abs().compareTo(larger.multiply(new BigDecimal("0.15"))) <= 0;
    }
    return false;
  }

  /** The hedged figure {@code h} allows the other's value. */
  private static boolean holds(Quantity h, Quantity x) {
    return switch (h.bound) {
      case LOWER -> x.value.compareTo(h.value) >= 0;
      case UPPER -> x.value.compareTo(h.value) <= 0;
      default -> false;
    };
  }
}
