package dev.parallax.nlp;

import dev.parallax.nlp.Mention.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds names in tagged sentences: runs of capitalised tokens (joined over "of", "de", "bin" and the like
 * where the word before asks for it, as in "Bank of England"), a sentence's first word only when the
 * tagger calls it a proper noun or the article writes it capitalised elsewhere. A leading title is split
 * off and kept ("Secretary of State | Marco Rubio"); a run made only of titles and nationalities ("the
 * British Prime Minister") is a role, not a name. Each name is typed by the strongest cue: word lists,
 * a title or apposition ("Dmitry Peskov, the Kremlin spokesman"), its form ("Ministry of Defence",
 * "NATO"), then its surroundings ("in Riyadh", "Lavrov said", several capitalised words).
 */
public final class MentionFinder {

  private static final Set<String> CONNECTORS = NameCues.CONNECTORS;
  private static final Set<String> OF_HEADS =
      Set.of("republic", "kingdom", "states", "isle", "gulf", "sea", "bay", "strait", "cape", "city", "duke", "house",
          "province", "region", "state", "emirates", "islands", "church", "people");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "to", "from", "near", "across", "into", "towards", "toward", "outside", "inside", "around", "through");
  /** Prepositions before a name of several words that make it a place's: "in Punta Islita", not "to John Smith". */
  private static final Set<String> NEAR = Set.of("in", "near", "outside", "inside");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private final Lexicon lexicon;
  private final NameCues cues;

  public MentionFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cues = new NameCues(lexicon);
  }

  /**
   * The names in one paragraph.
   *
   * @param capitalisedInside words the article writes capitalised somewhere other than a sentence start
   */
  public List<Mention> find(int paragraph, List<TaggedSentence> sentences, Set<String> capitalisedInside) {
    List<Mention> out = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      List<Token> t = s.tokens();
      int first = out.size();
      int i = 0;
      while (i < t.size()) {
        if (!startsName(t, i, capitalisedInside)) {
          i++;
          continue;
        }
        int j = i;
        while (true) {
          if (j + 1 < t.size() && continuesName(t.get(j + 1))) j++;
          else if (j + 2 < t.size() && connects(t.get(j), t.get(j + 1)) && continuesName(t.get(j + 2))) j += 2;
          else if (j + 3 < t.size() && connects(t.get(j), t.get(j + 1)) && connects(t.get(j + 1), t.get(j + 2))
              && !t.get(j + 1).is("of") && continuesName(t.get(j + 3))) j += 3;
          else if (j + 3 < t.size() && t.get(j + 1).is("of") && t.get(j + 2).is("the") && connects(t.get(j), t.get(j + 1))
              && continuesName(t.get(j + 3))) j += 3;
          else if (j + 2 < t.size() && andJoins(t, i, j)) j += 2;
          else break;
        }
        if (j == i && NameShapes.plural(t.get(i).text()) && (i == 0 || opener(t.get(i - 1))) && !capitalisedInside.contains(t.get(i).text())
            && !(i > 0 && t.get(i - 1).text().equals("(") && i + 1 < t.size() && t.get(i + 1).text().equals(")")) // "(Patriots)"
            && (lexicon.commonWord(t.get(i).text()) || i + 1 >= t.size() || !lexicon.speechVerb(t.get(i + 1).text()))) {
          // "Negotiators said": a plural the article capitalises only to open a sentence may be a common noun
          // ("Yates said", no plural of a common word, is a name)
          Token x = t.get(i);
          out.add(new Mention(x.text(), EntityType.OTHER, Evidence.FORM, null, paragraph, x.start(), x.end()));
        } else span(paragraph, t, i, j + 1, out);
        i = j + 1;
      }
      Coordination.share(out, first, t);
    }
    return out;
  }

  /** The words of the sentences that are capitalised and not the first word of their sentence. */
  public static void collectCapitalised(List<TaggedSentence> sentences, Set<String> into) {
    for (TaggedSentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 1; i < t.size(); i++) if (t.get(i).capitalised() && !opener(t.get(i - 1))) into.add(t.get(i).text());
    }
  }

  private boolean startsName(List<Token> t, int i, Set<String> capitalisedInside) {
    Token x = t.get(i);
    if (!nameLike(x) || lexicon.notName(x.text())) return false;
    boolean initial = i == 0 || opener(t.get(i - 1));
    if (!initial) return true;
    boolean runOfNames = i + 1 < t.size() && nameLike(t.get(i + 1)) && !lexicon.notName(t.get(i + 1).text())
        && !Set.of("ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "VERB").contains(x.tag());
    return runOfNames || x.tag().equals("PROPN") || capitalisedInside.contains(x.text()) || lexicon.knownPlace(x.text())
        || lexicon.organisation(x.text()) || lexicon.title(x.text()) || lexicon.nationality(x.text());
  }

  private boolean continuesName(Token x) {
    return nameLike(x) && !day(x) && !lexicon.captionWord(x.text()) && !DEMONSTRATIVES.contains(x.lower());
  }

  private static final Set<String> DEMONSTRATIVES = Set.of("the", "a", "an", "this", "that", "these", "those");
  /** Tags no word of a name has: "Up", "And", "The" are names only inside a run joined by a connector. */
  private static final Set<String> NEVER_NAME_TAGS = Set.of("ADP", "CCONJ", "SCONJ", "DET", "PART", "INTJ", "PUNCT", "PRON");

  /**
   * "&" always joins two capitalised words ("Procter & Gamble"); "and" only when the run it starts ends
   * with a word of organisations ("State Law and Order Restoration Council"), so "Russia and Ukraine" stay two.
   */
  private boolean andJoins(List<Token> t, int from, int j) {
    Token c = t.get(j + 1);
    if (!continuesName(t.get(j + 2)) || !continuesName(t.get(j))) return false;
    if (c.text().equals("&")) return true;
    if (!c.text().equals("and")) return false;
    int e = j + 2;
    while (e + 1 < t.size() && continuesName(t.get(e + 1))) e++;
    if (lexicon.knownOrganisation(text(t, from, e + 1))) return true; // "Academy of Motion Picture Arts and Sciences"
    // "and" joins only a left part of two words or more that is no name of its own: "State Law", not
    // "University of Pennsylvania" or "Miramax" before "and Johns Hopkins University"
    if (j - from < 1 || hasOrgWord(t, from, j + 1) || lexicon.organisation(text(t, from, j + 1))) return false;
    return e > j + 2 && lexicon.orgHead(t.get(e).text()) && !lexicon.place(t.get(j).text());
  }

  private boolean connects(Token before, Token connector) {
    String c = connector.lower();
    if (!CONNECTORS.contains(c) || !connector.text().equals(c) && !c.equals("al") && !c.equals("el")) return false;
    String b = before.lower();
    if (c.equals("for")) return lexicon.title(b) || lexicon.orgWord(b);
    if (!c.equals("of")) return true;
    return lexicon.orgWord(b) || lexicon.title(b) || OF_HEADS.contains(b);
  }

  private static boolean nameLike(Token x) {
    // "Michael/How", "Smith/Reuters": words run together by a slash are a tweet's or a credit's, no name
    if (!x.capitalised() || NEVER_NAME_TAGS.contains(x.tag()) && !x.text().contains(".") || x.text().equals("I") || NameShapes.contraction(x.text())
        || x.text().indexOf('/') > 0)
      return false;
    for (int k = 0; k < x.text().length(); k++) if (Character.isLetter(x.text().charAt(k))) return !x.tag().equals("PUNCT");
    return false;
  }


  private boolean day(Token x) {
    String w = x.lower();
    return w.endsWith("day") && lexicon.notName(w);
  }

  private static boolean opener(Token x) {
    String w = x.text();
    return w.equals("\"") || w.equals("“") || w.equals("‘") || w.equals("'") || w.equals("(") || w.equals(":") || w.equals("—")
        || w.equals("-") || w.equals("–") || w.equals("[") || w.equals(";");
  }

  private void span(int paragraph, List<Token> t, int from, int to, List<Mention> out) {
    boolean afterThe = from > 0 && t.get(from - 1).is("the");
    while (from < to && DETERMINERS.contains(t.get(from).lower())) afterThe = t.get(from++).is("the");
    boolean cut = to - from > 1 && NameShapes.loneLetter(t.get(to - 1));
    if (cut) to--; // "Group A", a caption's "CLOSE A"
    if (from >= to) return;
    boolean opening = from == 0 || opener(t.get(from - 1));
    if (NameShapes.shouted(t, from, to) || cut && NameShapes.capitals(text(t, from, to)) > 1
        || opening && to - from == 1 && NameShapes.capitals(t.get(from).text()) >= 5 && !known(t.get(from).text())) { // "CLOSE A man …"
      cues.shouted(paragraph, t, from, to, out);
      return;
    }
    // a verb, adverb or preposition opening a run is a headline's or a button's word: "Hide Caption", "Up Continue"
    while (to - from > 1 && NameShapes.capitals(t.get(from).text()) >= 5 && !known(t.get(from).text())) from++; // "WATCHED Paula Hancocks"
    while (to - from > 1 && (from == 0 || opener(t.get(from - 1))) && FUNCTION_TAGS.contains(t.get(from).tag()) && !known(t.get(from).text()))
      from++;
    if (to - from == 1 && (cues.timeZone(t, from) || lexicon.captionWord(t.get(from).text()))) return;
    if (NameShapes.quotedWork(t, from, to) && !lexicon.place(text(t, from, to)) && !lexicon.organisation(text(t, from, to))) {
      out.add(new Mention(text(t, from, to), EntityType.OTHER, Evidence.FORM, null, paragraph, t.get(from).start(), t.get(to - 1).end()));
      return;
    }
    // a sentence's capitalised first word that is no name before one that is: "Worried European leaders"
    if (to - from == 2 && (from == 0 || opener(t.get(from - 1))) && !t.get(from).tag().equals("PROPN")
        && (lexicon.place(t.get(from + 1).text()) || lexicon.organisation(t.get(from + 1).text()) || lexicon.nationality(t.get(from + 1).text())
            || cues.placeCompound(t.get(from + 1).text())))
      from++; // "Good | US-Russia relations"
    while (to - from > 1 && lexicon.nationality(t.get(to - 1).text())) to--; // "… European" before "leaders"
    if (from >= to) return;
    if (cues.role(t, from, to)) return;
    int titleAt = -1;
    for (int k = to - 2; k >= from; k--) {
      if (lexicon.title(t.get(k).text())) {
        titleAt = k;
        break;
      }
    }
    // a common noun or a nationality before a name of two words or more is its description, not part of it:
    // "Actress Uma Thurman", "Argentine Abel Balbo"
    if (titleAt < 0 && to - from >= 3 && !hasOrgWord(t, from, to) && !lexicon.place(text(t, from, to))
        && !lexicon.organisation(text(t, from, to))
        && (t.get(from).tag().equals("NOUN") && (from == 0 || opener(t.get(from - 1))) && t.get(from + 1).tag().equals("PROPN")
            && !CONNECTORS.contains(t.get(from + 1).lower()) && !lexicon.place(t.get(from).text())
            || lexicon.nationality(t.get(from).text())
            || lexicon.personNoun(t.get(from).text()) && !lexicon.knownPlace(t.get(from).text()) && !t.get(from + 1).text().equals("of")))
      titleAt = from;
    String title = null;
    int nameFrom = from;
    if (titleAt >= 0) {
      int n = titleAt + 1;
      while (n < to - 1 && (lexicon.titleModifier(t.get(n).text()) || t.get(n).is("of") || t.get(n).is("for"))) n++;
      if (n < to && nameTokens(t, n, to)) {
        title = text(t, from, n);
        nameFrom = n;
        prefixMention(paragraph, t, from, titleAt, out);
      }
    }
    if (title == null) nameFrom = knownPrefix(paragraph, t, nameFrom, to, out);
    String name = text(t, nameFrom, to);
    if (cues.allNationalities(t, nameFrom, to) || cues.demonym(name)) return;
    if (to - nameFrom == 1 && (lexicon.notName(name) || lexicon.title(name) || lexicon.titleModifier(name) || lexicon.orgWord(name) && !lexicon.organisation(name)))
      return;
    Token first = t.get(nameFrom);
    Token last = t.get(to - 1);
    int start = first.start();
    int end = last.end();
    if (title != null) {
      out.add(new Mention(name, EntityType.PERSON, Evidence.TITLE, title, paragraph, start, end));
      return;
    }
    if (lexicon.place(name) || to - nameFrom == 2 && lexicon.place(t.get(nameFrom).text()) && NameCues.acronym(t.get(to - 1).text())) {
      out.add(new Mention(name, EntityType.PLACE, Evidence.LEXICON, null, paragraph, start, end));
      return;
    }
    if (lexicon.knownOrganisation(name)) {
      out.add(new Mention(name, EntityType.ORGANIZATION, Evidence.LEXICON, null, paragraph, start, end));
      return;
    }
    if (NameCues.resultsLine(t) || cues.organisationHeaded(t, nameFrom, to)) { // "Steaua Bucharest 2 Dinamo 1", "Judges Club"
      out.add(new Mention(name, EntityType.ORGANIZATION, Evidence.FORM, null, paragraph, start, end));
      return;
    }
    for (int k = nameFrom; k < to; k++)
      if (lexicon.eventWord(t.get(k).text())) {
        out.add(new Mention(name, EntityType.OTHER, Evidence.FORM, null, paragraph, start, end));
        return;
      }
    if (to - nameFrom > 1 && hasOrgWord(t, nameFrom, to) || NameCues.acronym(name)) {
      out.add(new Mention(name, EntityType.ORGANIZATION, Evidence.FORM, null, paragraph, start, end));
      return;
    }
    String before = precedingTitle(t, nameFrom);
    if (before != null && !(to - nameFrom == 1 && NameShapes.innerCapital(name) && !lexicon.title(t.get(nameFrom - 1).text()))) {
      // "midfielder Ali Karimi", not "data provider CoinMarketCap"
      out.add(new Mention(name, EntityType.PERSON, Evidence.TITLE, before, paragraph, start, end));
      return;
    }
    String apposition = apposition(t, to);
    if (apposition != null) {
      out.add(new Mention(name, EntityType.PERSON, Evidence.TITLE, apposition, paragraph, start, end));
      return;
    }
    if (to - nameFrom > 1 && (lexicon.placeWord(last.text()) || lexicon.placePrefix(first.text()) || lexicon.knownPlace(name))) {
      // "Wall Street", "Silicon Valley", "San Diego", "Republic of Korea"
      out.add(new Mention(name, EntityType.PLACE, Evidence.FORM, null, paragraph, start, end));
      return;
    }
    if (to - nameFrom > 1 && (cues.namedAfterPlace(t, nameFrom, to) || to - nameFrom == 2 && lexicon.nationality(first.text()))) {
      // a team or company named after its city ("Dallas Cowboys", "Steaua Bucharest"), a body named by an
      // adjective ("Islamic State")
      out.add(new Mention(name, EntityType.ORGANIZATION, Evidence.FORM, null, paragraph, start, end));
      return;
    }
    if (to - nameFrom > 1 && cues.commonRun(t, nameFrom, to)) { // "Frantic Search", "Slaughter Steers": a heading's or a label's words
      out.add(new Mention(name, EntityType.OTHER, Evidence.NONE, null, paragraph, start, end));
      return;
    }
    if (afterThe && (to >= t.size() || !t.get(to).tag().equals("NOUN")) && !lexicon.nationality(name)) {
      // "the Cowboys", "the Islamic State": people are not named with an article
      out.add(new Mention(name, EntityType.ORGANIZATION, Evidence.CONTEXT, null, paragraph, start, end));
      return;
    }
    if (to - nameFrom == 1 && NameShapes.innerCapital(name)) { // "CoinDesk", "WhatsApp", "HuffPost": a company's or a product's
      out.add(new Mention(name, EntityType.ORGANIZATION, Evidence.FORM, null, paragraph, start, end));
      return;
    }
    if (nameFrom > 0 && (to - nameFrom == 1 ? PLACE_PREPOSITIONS : NEAR).contains(t.get(nameFrom - 1).lower())
        && (to - nameFrom == 1 || !lexicon.givenName(first.text()) && (to >= t.size() || !t.get(to).tag().equals("PART")))) {
      // "in Riyadh", "near Nabi Saleh", not "in Donald Trump's"
      out.add(new Mention(name, EntityType.PLACE, Evidence.CONTEXT, null, paragraph, start, end));
      return;
    }
    if (nameFrom > 1 && t.get(nameFrom - 1).is("of") && lexicon.placeNoun(t.get(nameFrom - 2).text()) && !lexicon.givenName(first.text())) {
      // "the village of Nabi Saleh", "the area of Punta Islita"
      out.add(new Mention(name, EntityType.PLACE, Evidence.CONTEXT, null, paragraph, start, end));
      return;
    }
    if (to - nameFrom > 1 && !NameCues.personShaped(t, nameFrom, to) && !(to - nameFrom == 2 && lexicon.givenName(first.text()))) { // "Valley Gets Serious About Addiction": a headline's words
      out.add(new Mention(name, EntityType.OTHER, Evidence.NONE, null, paragraph, start, end));
      return;
    }
    boolean speaks = to < t.size() && lexicon.speechVerb(t.get(to).text())
        && (nameFrom > 0 || first.tag().equals("PROPN") && (!name.endsWith("s") || !lexicon.commonWord(name))); // "Bassem called", not "Negotiators said"
    if (to - nameFrom > 1 || speaks) {
      out.add(new Mention(name, EntityType.PERSON, Evidence.CONTEXT, null, paragraph, start, end));
      return;
    }
    if (lexicon.knownPlace(name)) { // "Pittsburgh", "Ramallah": a town of the gazetteer, said with no other cue
      out.add(new Mention(name, EntityType.PLACE, Evidence.CONTEXT, null, paragraph, start, end));
      return;
    }
    if (lexicon.givenName(name) && !lexicon.commonWord(name)) { // "Hannah", "Zachary": a first name alone
      out.add(new Mention(name, EntityType.PERSON, Evidence.FORM, null, paragraph, start, end));
      return;
    }
    out.add(new Mention(name, EntityType.OTHER, Evidence.NONE, null, paragraph, start, end));
  }

  private static final Set<String> FUNCTION_TAGS = Set.of("VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "PART", "INTJ");

  private boolean known(String w) {
    return lexicon.title(w) || lexicon.titleModifier(w) || lexicon.nationality(w) || lexicon.place(w) || lexicon.organisation(w)
        || lexicon.orgWord(w);
  }

  /**
   * A known place or organisation run into a person's name ("Middle East Steve Witkoff" where the envoy's
   * title was dropped) becomes a mention of its own; returns where the rest starts.
   */
  private int knownPrefix(int paragraph, List<Token> t, int from, int to, List<Mention> out) {
    if (cues.organisationHeaded(t, from, to)) return from; // "Costa Rica Civil Aviation" is one name
    for (int end = to - 2; end > from; end--) {
      String s = text(t, from, end);
      boolean place = lexicon.place(s);
      if (!place && !lexicon.organisation(s)) continue;
      if (!nameTokens(t, end, to)) return from;
      out.add(new Mention(s, place ? EntityType.PLACE : EntityType.ORGANIZATION, Evidence.LEXICON, null, paragraph,
          t.get(from).start(), t.get(end - 1).end()));
      return end;
    }
    return from;
  }

  /** What stands before a title, as a mention when it is a known place or organisation ("U.S. President"). */
  private void prefixMention(int paragraph, List<Token> t, int from, int titleAt, List<Mention> out) {
    int end = titleAt;
    while (end > from) {
      String s = text(t, from, end);
      if (lexicon.place(s)) {
        out.add(new Mention(s, EntityType.PLACE, Evidence.LEXICON, null, paragraph, t.get(from).start(), t.get(end - 1).end()));
        return;
      }
      if (lexicon.organisation(s) || end - from > 1 && hasOrgWord(t, from, end) && !lexicon.titleModifier(t.get(end - 1).text())) {
        out.add(new Mention(s, EntityType.ORGANIZATION, lexicon.organisation(s) ? Evidence.LEXICON : Evidence.FORM, null, paragraph,
            t.get(from).start(), t.get(end - 1).end()));
        return;
      }
      if (!lexicon.titleModifier(t.get(end - 1).text()) && !lexicon.nationality(t.get(end - 1).text())) return;
      end--;
    }
  }

  private boolean nameTokens(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k).text();
      if (lexicon.orgWord(w) || lexicon.title(w)) return false;
    }
    return true;
  }

  private boolean hasOrgWord(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) if (lexicon.orgWord(t.get(k).text())) return true;
    return false;
  }

  /** A lower-case title right before the name: "adviser Yuri Ushakov", "Kremlin spokesman Dmitry Peskov", "her father Bassem". */
  private String precedingTitle(List<Token> t, int nameFrom) {
    if (nameFrom == 0) return null;
    Token before = t.get(nameFrom - 1);
    // or a lower-case noun of a person, not a plural: "her father Bassem", "midfielder Ali Karimi", not "fans Celtic"
    boolean personNoun = !before.capitalised() && before.tag().equals("NOUN") && lexicon.personNoun(before.text())
        && !NameShapes.plural(before.text());
    if (!lexicon.title(before.text()) && !personNoun) return null;
    int k = nameFrom - 1;
    while (k > 0 && k > nameFrom - 4) {
      Token w = t.get(k - 1);
      if (w.tag().equals("ADJ") || w.tag().equals("NOUN") || w.tag().equals("PROPN") && !w.text().equals(w.text().toUpperCase())) k--;
      else break;
    }
    return text(t, k, nameFrom);
  }

  /** ", the Kremlin spokesman" / ", a former adviser" right after the name, up to the next comma or stop. */
  private String apposition(List<Token> t, int to) {
    if (to + 2 >= t.size() || !t.get(to).text().equals(",")) return null;
    int k = to + 1;
    if (!DETERMINERS.contains(t.get(k).lower()) && !t.get(k).tag().equals("ADJ")) return null;
    for (int e = k; e < t.size() && e < k + 7; e++) {
      Token w = t.get(e);
      if (w.tag().equals("PUNCT") || w.tag().equals("VERB") || w.tag().equals("AUX")) return null;
      if (lexicon.title(w.text()) && (e + 1 == t.size() || !t.get(e + 1).tag().equals("NOUN"))) {
        int s = DETERMINERS.contains(t.get(k).lower()) ? k + 1 : k;
        return text(t, s, e + 1);
      }
    }
    return null;
  }

  static String text(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && t.get(k).start() > t.get(k - 1).end()) b.append(' ');
      b.append(t.get(k).text());
    }
    return b.toString();
  }
}
