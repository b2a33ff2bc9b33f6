package dev.parallax.nlp;

import dev.parallax.nlp.Mention.Evidence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the words of a run of capitalised tokens say about what it names, from the word lists and the general
 * gazetteer ({@link Lexicon}): a run of common words is a headline's or a label's ("Frantic Search", "Slaughter
 * Steers"), a place with a word that is no place is a team or a company ("Dallas Cowboys", "Steaua Bucharest"),
 * a run ending with a noun for an organisation is one ("Costa Rica Civil Aviation"), a line of two names each
 * followed by a number is a result ("Steaua Bucharest 2 Dinamo 1"), and a run in capitals is a dateline or a
 * headline, of which only the known places and organisations are kept.
 */
final class NameCues {

  static final Set<String> CONNECTORS =
      Set.of("of", "for", "de", "da", "van", "von", "bin", "bint", "al", "el", "la", "le", "du", "der", "den", "di", "del");

  private final Lexicon lexicon;

  NameCues(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Every word a common word WordNet never capitalises, and the first no given name: "Registration Number",
   * "Tax Overhaul Banks", not "Tom Savage" nor "Will Banks". A person's name has at least one word that is a name.
   */
  boolean commonRun(List<Token> t, int from, int to) {
    if (lexicon.givenName(t.get(from).text())) return false;
    for (int k = from; k < to; k++) {
      String w = t.get(k).text();
      if (CONNECTORS.contains(w) || w.equals("&")) continue;
      if (!lexicon.commonWord(w)) return false;
    }
    return true;
  }

  /**
   * A run of two words or more ending with a noun for an organisation, with another word that is a common word,
   * a place or a nationality, and no given name first: "Costa Rica Civil Aviation", "Judges Club", not "Tyra Banks"
   * nor "Tax Overhaul Banks".
   */
  boolean organisationHeaded(List<Token> t, int from, int to) {
    if (to - from < 2 || !lexicon.orgHead(t.get(to - 1).text()) || lexicon.givenName(t.get(from).text())) return false;
    // a plural head after common words is a class of things, not a name: "Tax Overhaul Banks"
    if (NameShapes.plural(t.get(to - 1).text()) && commonRun(t, from, to)) return false;
    for (int k = from; k < to - 1; k++) {
      String w = t.get(k).text();
      if (lexicon.commonWord(w) || lexicon.knownPlace(w) || lexicon.nationality(w) || lexicon.orgHead(w)) return true;
    }
    return false;
  }

  /** A known place with a word that is no place: not first ("Steaua Bucharest"), or first before a plural ("Dallas Cowboys"). */
  boolean namedAfterPlace(List<Token> t, int from, int to) {
    String lastWord = t.get(to - 1).text();
    boolean plural = lastWord.length() > 3 && lastWord.endsWith("s") && !lastWord.endsWith("ss") && !lastWord.endsWith("us")
        && !lastWord.endsWith("is");
    for (int k = from; k < to; k++) {
      if (!lexicon.knownPlace(t.get(k).text())) continue;
      if (k > from && !lexicon.givenName(t.get(from).text()) || plural && !lexicon.knownPlace(lastWord)) return true;
    }
    // "Kansas City Chiefs": a place of two words before a plural
    for (int k = from + 2; k < to; k++) if (plural && k == to - 1 && lexicon.knownPlace(MentionFinder.text(t, from, k))) return true;
    return false;
  }

  /**
   * A sentence that is a line of results, two names each followed by a score and nothing else: "Steaua Bucharest
   * 2 Dinamo 1". Its names are teams.
   */
  static boolean resultsLine(List<Token> t) {
    int k = 0;
    int scores = 0;
    while (k < t.size() && !t.get(k).tag().equals("PUNCT")) {
      int start = k;
      while (k < t.size() && (t.get(k).capitalised() || CONNECTORS.contains(t.get(k).text()))) k++;
      if (k == start || k >= t.size() || !t.get(k).text().matches("\\d{1,3}")) return false;
      scores++;
      k++;
    }
    return scores >= 2 && trailing(t, k);
  }

  private static boolean trailing(List<Token> t, int k) {
    for (int i = k; i < t.size(); i++) if (!t.get(i).tag().equals("PUNCT")) return false;
    return true;
  }

  /**
   * A run in capitals (a dateline, a headline, a map label) gives only what it holds that is a known place or
   * organisation, in title case: "LONDON" is London, "SOCCER - BUCHAREST SIDE BEAT DINAMO" gives Bucharest.
   * The longest known part is taken first.
   */
  void shouted(int paragraph, List<Token> t, int from, int to, List<Mention> out) {
    if (from == 0 && to < t.size() && t.get(to).tag().equals("NOUN") && to - from == 1) return;
    int k = from;
    while (k < to) {
      int found = -1;
      EntityType type = null;
      for (int e = Math.min(to, k + 5); e > k; e--) {
        String name = titleCase(t, k, e);
        if (lexicon.place(name) || (e - k > 1 || name.length() > 3) && lexicon.knownPlace(name)) type = EntityType.PLACE;
        else if (e - k > 1 && lexicon.knownOrganisation(name) || lexicon.organisation(name)) type = EntityType.ORGANIZATION;
        if (type != null) {
          found = e;
          break;
        }
      }
      // a known name run into a longer one is not that name: "LAS VEGAS BOULEVARD" is no mention of Las Vegas
      if (found > 0 && found < to && (lexicon.placeWord(t.get(found).text()) || lexicon.orgHead(t.get(found).text()))) {
        k = found + 1;
        continue;
      }
      if (found < 0) {
        k++;
        continue;
      }
      out.add(new Mention(titleCase(t, k, found), type, Evidence.LEXICON, null, paragraph, t.get(k).start(), t.get(found - 1).end()));
      k = found;
    }
  }

  private static String titleCase(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      String w = t.get(k).text();
      if (k > from) b.append(' ');
      b.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  /** An acronym after a clock time or a number ("10:30 GMT", "3 p.m. ET"), or one the JDK knows as a zone. */
  boolean timeZone(List<Token> t, int at) {
    if (!acronym(t.get(at).text()) || t.get(at).text().length() > 4) return false;
    if (lexicon.timeZone(t.get(at).text())) return true;
    if (at == 0) return false;
    Token b = t.get(at - 1);
    return b.tag().equals("NUM") || b.text().matches(".*\\d.*") || b.lower().matches("[ap]\\.?m\\.?");
  }

  /** The adjective of a known place: "Costa Rican", "Panamanian", "Nepalese". */
  boolean demonym(String name) {
    for (String suffix : new String[] {"n", "an", "ian", "ese", "i"})
      if (name.endsWith(suffix) && name.length() > suffix.length() + 3 && lexicon.place(name.substring(0, name.length() - suffix.length())))
        return true;
    return name.endsWith("an") && lexicon.place(name.substring(0, name.length() - 2) + "a");
  }

  /** Places or nationalities joined by hyphens: "US-Russia", "Franco-German". */
  boolean placeCompound(String w) {
    if (w.indexOf('-') < 0) return false;
    for (String part : w.split("-")) if (!lexicon.place(part) && !lexicon.nationality(part)) return false;
    return true;
  }

  /** Only titles, their qualifiers and nationalities, ending with a title: "British Prime Minister". */
  boolean role(List<Token> t, int from, int to) {
    if (!lexicon.title(t.get(to - 1).text())) return false;
    for (int k = from; k < to; k++) {
      String w = t.get(k).text();
      if (!(lexicon.title(w) || lexicon.titleModifier(w) || lexicon.nationality(w) || lexicon.place(w) || t.get(k).is("of")
          || t.get(k).is("for"))) return false;
    }
    return true;
  }

  boolean allNationalities(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) if (!lexicon.nationality(t.get(k).text())) return false;
    return true;
  }

  /**
   * A person's name has at most three words besides connectors ("Faisal bin Farhan"), and no verb, adverb or
   * preposition after its first word.
   */
  static boolean personShaped(List<Token> t, int from, int to) {
    int words = 0;
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (CONNECTORS.contains(x.text())) continue;
      words++;
      if (k > from && (x.tag().equals("VERB") || x.tag().equals("AUX") || x.tag().equals("ADV") || x.tag().equals("ADP"))) return false;
    }
    return words <= 3;
  }

  static boolean acronym(String name) {
    String letters = name.replace(".", "");
    if (letters.length() < 2 || letters.length() > 6) return false;
    for (int k = 0; k < letters.length(); k++) if (!Character.isUpperCase(letters.charAt(k)) && !Character.isDigit(letters.charAt(k))) return false;
    return Character.isLetter(letters.charAt(0));
  }
}
