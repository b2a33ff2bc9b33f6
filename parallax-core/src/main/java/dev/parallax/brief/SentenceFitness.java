package dev.parallax.brief;

import dev.parallax.nlp.TaggedSentence;
import dev.parallax.nlp.Tagger;
import dev.parallax.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a sentence can stand alone in a summary or as a fact: a statement a reader can take as the
 * outlet's own report, not page furniture that extraction let through or a line that needs its context.
 *
 * <p>Judged by shape, never by the words of one story: how long it is; how it starts and ends (a lower-case
 * start is a broken sentence, no closing stop a headline or caption); the share of words in capitals (map
 * and chart labels: "200 FEET LAS VEGAS BOULEVARD CROWD STAGE") or in title case (headlines, promos); the
 * marks of captions, credits, galleries and promos ("Hide Caption 10 of 30", "Photograph: ... for the
 * Guardian", "Read more", "Photos:"); a transcript's speaker label ("SHAPIRO:"); a first-person pronoun
 * outside quotation marks, which in a news report is someone speaking with no speaker named ("I told her the
 * road was a straight line."); and, by OpenNLP's part-of-speech tags, a fragment with no finite verb.
 *
 * <p>The shape checks cost microseconds and are run on every sentence; the verb check tags the sentence, so
 * callers run it ({@link #fit}) only on the few sentences they are about to show. Both are cached by text.
 */
final class SentenceFitness {

  static final int MIN_WORDS = 8;
  static final int MAX_WORDS = 50;
  /** Share of words in capitals from which a sentence is a label, not prose ("AT least 84" is one word). */
  static final double CAPS_SHARE = 0.3;
  /**
   * Share of longer words capitalised (after the first) from which a sentence is a headline; a sentence of
   * names and titles comes close ("Secretary of State Marco Rubio, National Security Adviser Mike Waltz").
   */
  static final double TITLE_SHARE = 0.85;
  /** Words that a headline capitalises and prose does not, mid-sentence. */
  private static final Set<String> TITLE_WORDS =
      Set.of("With", "Over", "From", "After", "Into", "About", "Against", "Amid", "Before", "Despite", "Could",
          "Would", "Should", "Will", "Says", "Said", "Gets", "Makes", "Takes", "This", "That", "What", "Your");

  private static final int I = Pattern.CASE_INSENSITIVE;
  /** Galleries, captions, credits and promos, wherever they sit in the sentence. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "\\b(hide|show|expand|close) caption\\b|\\bcaption\\b.*\\b\\d+ of \\d+\\b|\\b(image|photo|picture|slide)s? \\d+ of \\d+"
              + "|^(photos?|photograph|pictures?|images?|video|watch|gallery|credit|source|related|more|read more|see also"
              + "|listen|advertisement|sponsored|pictured|left|right|top|above|below|inset|file photo)\\s*[:|]"
              + "|\\b(photograph|photo|image|picture)s?:\\s|\\b(getty images|shutterstock|afp via getty|ap photo|reuters/|epa/|©)"
              + "|\\b(read more|continue reading|sign up|subscribe|newsletter|click here|follow us|share this|all rights reserved"
              + "|terms of (use|service)|privacy policy|please verify|download the app)\\b|//"
              // a picture's furniture: position markers "(C-R)", a player's number "Hopkins (10)", "the chart below"
              + "|\\((l|r|c|l-r|r-l|c-r|c-l|left|right|centre|center|top|bottom|front|back)\\)"
              + "|\\p{Lu}\\p{Ll}+ \\(\\d{1,2}\\)|\\b(chart|graph|map|image|photo|picture|video|table)s? (below|above)\\b"
              // a wire photo's caption ends on its date: ", January 1, 2018."
              + "|, (january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2},"
              + " (19|20)\\d\\d\\.$|^please\\b",
          I);
  /** A transcript's speaker label at the start: "SHAPIRO:", "MARY LOUISE KELLY, HOST:". */
  private static final Pattern SPEAKER_LABEL = Pattern.compile("^[A-Z][A-Z.'’ -]{2,}(, [A-Z ]+)?:\\s");
  private static final Pattern DANGLING =
      Pattern.compile("^(he|she|they|it|his|her|their|its|this|that|these|those|but|however|meanwhile|also|and|so|or|which)\\b.*", I);
  private static final Pattern FIRST_PERSON =
      Pattern.compile(
          "\\b(I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|us)\\b"
              + "|(?i)\\b(me|my|mine|myself|we|we're|we’re|we've|we’ve|our|ours|ourselves)\\b");
  /** A social-media handle: the sentence is a post, quoted without marks. */
  private static final Pattern HANDLE = Pattern.compile("(^|\\s)@\\w+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");
  private static final int CACHE_LIMIT = 50_000;

  private final Tagger tagger = new Tagger();
  private final Map<String, Optional<String>> shapes = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> verdicts = new ConcurrentHashMap<>();

  /** Why a sentence is unfit by shape alone, or empty if its shape is that of a statement. Cheap. */
  Optional<String> shape(String sentence) {
    Optional<String> known = shapes.get(sentence);
    if (known != null) return known;
    Optional<String> verdict = Optional.ofNullable(shapeReason(sentence));
    if (shapes.size() >= CACHE_LIMIT) shapes.clear();
    shapes.put(sentence, verdict);
    return verdict;
  }

  /** Why a sentence is unfit, by shape and then by its verbs, or empty if it can be shown. */
  Optional<String> unfit(String sentence) {
    Optional<String> known = verdicts.get(sentence);
    if (known != null) return known;
    Optional<String> verdict = shape(sentence);
    if (verdict.isEmpty() && !hasFiniteVerb(tagger.tag(sentence))) verdict = Optional.of("no finite verb");
    if (verdicts.size() >= CACHE_LIMIT) verdicts.clear();
    verdicts.put(sentence, verdict);
    return verdict;
  }

  boolean fit(String sentence) {
    return unfit(sentence).isEmpty();
  }

  static String shapeReason(String s) {
    String text = s.strip();
    if (text.isEmpty()) return "empty";
    List<String> words = WORD.matcher(text).results().map(m -> m.group()).toList();
    int tokens = text.split("\\s+").length;
    if (tokens < MIN_WORDS) return "too short";
    if (tokens > MAX_WORDS) return "too long";
    char first = text.charAt(0);
    if ("\"“‘'•*-–—[(".indexOf(first) >= 0 && !text.startsWith("(CNN)") && !text.startsWith("(Reuters)"))
      return "quotation or aside";
    if (Character.isLowerCase(first)) return "starts mid-sentence";
    char last = text.charAt(text.length() - 1);
    if (last == '?' || last == ':' || last == ';' || last == ',') return "question or unfinished";
    if (".!”\"’')".indexOf(last) < 0) return "no closing stop: a headline, label or caption";
    if (SPEAKER_LABEL.matcher(text).find()) return "transcript line";
    if (FURNITURE.matcher(text).find()) return "caption, credit, gallery or promo";
    if (DANGLING.matcher(text).matches()) return "points back to an earlier sentence";
    if (capsShare(words) >= CAPS_SHARE) return "label in capitals";
    if (titleShare(words) >= TITLE_SHARE) return "headline in title case";
    if (HANDLE.matcher(text).find()) return "social-media post";
    String outside = outsideQuotes(text);
    if (outside.replace(" ", "").length() < text.replace(" ", "").length() / 2) return "mostly a quotation";
    if (FIRST_PERSON.matcher(outside).find()) return "first person with no speaker";
    return null;
  }

  /** Words of two letters or more written all in capitals, over all words. */
  static double capsShare(List<String> words) {
    if (words.isEmpty()) return 0;
    int caps = 0;
    for (String w : words) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) caps++;
    }
    return caps / (double) words.size();
  }

  /** Words of four letters or more after the first, capitalised, over all such words. */
  static double titleShare(List<String> words) {
    int long_ = 0;
    int capital = 0;
    for (int k = 1; k < words.size(); k++) {
      String w = words.get(k);
      if (w.length() < 4) continue;
      long_++;
      if (Character.isUpperCase(w.charAt(0))) capital++;
    }
    if (long_ < 4) return 0;
    for (int k = 1; k < words.size(); k++) if (TITLE_WORDS.contains(words.get(k))) return 1;
    return capital / (double) long_;
  }

  /** The text with what sits inside quotation marks blanked out (an opened quote runs to the end). */
  static String outsideQuotes(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean open = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '“') open = true;
      else if (c == '”') open = false;
      else if (c == '"') open = !open;
      else if (!open) {
        b.append(c);
        continue;
      }
      b.append(' ');
    }
    return b.toString();
  }

  /**
   * A verb that makes a clause: an auxiliary, or a verb that is not an -ing form, not after "to" and not
   * after a determiner or adjective ("the collapsed building"). UPOS tags do not mark finiteness, so this is
   * the shape of one.
   */
  static boolean hasFiniteVerb(List<TaggedSentence> sentences) {
    for (TaggedSentence s : sentences) {
      List<Token> t = s.tokens();
      for (int k = 0; k < t.size(); k++) {
        String tag = t.get(k).tag();
        if (tag.equals("AUX")) return true;
        if (!tag.equals("VERB")) continue;
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        if (w.endsWith("ing") || k == 0) continue; // a gerund, or a caption's first word read as a verb
        String before = t.get(k - 1).tag();
        // "to go"; "the collapsed building": a participle used as an adjective
        if (t.get(k - 1).text().equalsIgnoreCase("to") || before.equals("DET") || before.equals("ADJ")) continue;
        return true;
      }
    }
    return false;
  }
}
