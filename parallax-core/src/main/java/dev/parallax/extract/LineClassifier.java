package dev.parallax.extract;

import dev.parallax.domain.Removed;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether one line or block of text is page furniture rather than article prose, and why. Works
 * from the shape of the line (length, sentence punctuation, capitals, bullets, a trailing parenthetical
 * credit) and from call-to-action vocabulary that appears on every kind of site; it knows no site.
 *
 * <p>Each vocabulary only counts on a short line that is not a quotation and either is very short, is not
 * shaped like a sentence, or speaks to the reader ("you", "our", an imperative): a reported sentence that
 * mentions a newsletter survives.
 */
final class LineClassifier {

  /** Where a line sits relative to the prose of the article. */
  enum Zone {
    /** Before the first prose paragraph. */
    HEAD,
    /** Among prose paragraphs. */
    BODY,
    /** After the last prose paragraph. */
    TAIL
  }

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern PAYWALL =
      Pattern.compile(
          "\\b(sign up to read|subscribe to (read|continue)|to continue reading|already (a member|a subscriber|have an account)"
              + "|sign in here|log in here|subscribers? only|for subscribers|premium (titles|content|articles)|free trial"
              + "|days free|unlock (this|the) (article|story)|one subscription|membership|become a member|access to news)\\b",
          I);
  private static final Pattern NEWSLETTER =
      Pattern.compile(
          "\\b(newsletters?|email briefing|daily email|to your inbox|in your inbox|straight to your inbox|mailing list"
              + "|e-?mail alerts|sign up for (our|the))\\b",
          I);
  private static final Pattern COMMENT =
      Pattern.compile(
          "\\b(leave a (comment|reply)|post a comment|\\d+ comments?|comments? \\(\\d+\\)|join the (conversation|discussion)"
              + "|show comments|view comments|add a comment|comments are closed|reply)\\b",
          I);
  private static final Pattern RELATED =
      Pattern.compile(
          "^(related( (stories|articles|content|coverage|topics|news|video))?|top stories|our picks|editor'?s picks|more from|more on this"
              + "|most (read|popular|viewed|shared)|recommended( for you)?|you (may|might) also like|trending( now)?|read more|see also"
              + "|further reading|more stories|latest (news|stories)|also read|read also|read next|watch next|more:|related:|read more:)\\b.*",
          I);
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "\\b(click here|tap here|download (the|our) app|get the app|start reading|read now|follow us|share (this|on|it)|like this (story|article|post)|sign up"
              + "|log in|sign in|subscribe|watch (now|live)|listen (now|live)|skip to|back to top"
              + "|advertisement|advert|sponsored|cookies?|all rights reserved|print this|copy link|requires javascript"
              + "|enable javascript|javascript is disabled|scroll down|does not support|continue reading|partager sur|teilen auf|compartir en|abonnez-vous|abonnieren"
              + "|suscr[ií]bete)\\b",
          I);
  private static final Pattern IMPERATIVE_TO_READER =
      Pattern.compile(
          "^(get|start|read|sign|join|try|download|subscribe|follow|share|watch|listen|discover|explore|enjoy|support"
              + "|register|create|stay|never miss|don'?t miss|find|see|check|learn|become|claim|unlock)\\b.*\\b(you|your|yours)\\b.*",
          I);
  /** Furniture speaks to the reader or orders them about; reporting prose does neither. */
  private static final Pattern ADDRESSES_READER =
      Pattern.compile(
          "\\b(you|your|yours|our|us|we|vous|votre|vos|notre|nos|unser\\w*|dein\\w*|nuestr\\w*|vuestr\\w*)\\b|^(sign|subscribe|get|read|click|tap|download|join|follow|share|leave|register"
              + "|log|start|try|become|support|watch|listen|already|don'?t|never)\\b",
          I);
  private static final Pattern BULLET = Pattern.compile("^[•►▶■●▪·»›→✓★➤◦‣-]\\s*\\S.*");
  private static final Pattern CREDIT_WORDS =
      Pattern.compile(
          "\\b(getty( images)?|afp|reuters|ap photo|associated press|epa|shutterstock|alamy|pa (media|wire)|bloomberg"
              + "|photo(graph)?s?|image|pictures?|credit|copyright|via|pool|handout|file)\\b|©",
          I);
  private static final Pattern CREDIT_PREFIX =
      Pattern.compile("^(photo(graph)?|image|picture|credit|source|foto|bild)s?( by| credit)?\\s*[:：].*", I);
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile(".*\\(([^()]{2,120})\\)\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;][\"'”’»)\\]]*\\s*$");

  private LineClassifier() {}

  /**
   * The reason to cut {@code line}, or {@code null} to keep it.
   *
   * @param zone where the line sits
   */
  static String classify(String line, Zone zone) {
    String s = line.strip();
    if (s.isEmpty()) return Removed.BOILERPLATE;
    int words = wordCount(s);
    boolean sentence = SENTENCE_END.matcher(s).matches();
    boolean quote = s.startsWith("\"") || s.startsWith("“") || s.startsWith("«") || s.startsWith("„");
    String media = MediaLines.reason(s, words);
    if (media != null) return media;
    if (isCredit(s, words)) return Removed.CREDIT;
    if (endsWithCredit(s)) return Removed.CAPTION;
    if (words <= 25 && !quote && (words <= 8 || !sentence || ADDRESSES_READER.matcher(s).find())) {
      String lower = s.toLowerCase(Locale.ROOT);
      if (PAYWALL.matcher(lower).find()) return Removed.PAYWALL;
      if (NEWSLETTER.matcher(lower).find()) return Removed.NEWSLETTER;
      if (words <= 8 && COMMENT.matcher(lower).find()) return Removed.COMMENT;
      if (words <= 16 && RELATED.matcher(lower).matches()) return Removed.RELATED_LINK;
      if (words <= 16 && BULLET.matcher(s).matches() && !sentence) return Removed.RELATED_LINK;
      if (words <= 14 && CALL_TO_ACTION.matcher(lower).find()) return Removed.CALL_TO_ACTION;
      if (words <= 14 && IMPERATIVE_TO_READER.matcher(lower).matches()) return Removed.CALL_TO_ACTION;
    }
    if (zone != Zone.BODY && !sentence && words <= 6) return Removed.NAVIGATION;
    if (zone != Zone.BODY && words <= 4 && s.length() < 40) return Removed.NAVIGATION;
    return null;
  }

  /** A photo credit on its own: a few words mostly in capitals, or with credit vocabulary and no sentence. */
  static boolean isCredit(String s, int words) {
    if (words == 0 || words > 10 || s.length() > 90) return false;
    if (CREDIT_PREFIX.matcher(s).matches()) return true;
    if (SENTENCE_END.matcher(s).matches() && !s.endsWith(".")) return false;
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    boolean capitals = letters >= 2 && upper * 10 >= letters * 9;
    boolean creditWords = CREDIT_WORDS.matcher(s).find();
    if (creditWords && words <= 2 && !s.endsWith(".")) return true;
    if (capitals && (creditWords || s.contains("/") || words <= 3)) return true;
    return creditWords && (s.contains("/") || s.startsWith("©")) && words <= 8;
  }

  static boolean hasCreditWords(String s) {
    return CREDIT_WORDS.matcher(s).find();
  }

  /** A caption ends with its picture's credit in parentheses: "... (Getty Images)". */
  static boolean endsWithCredit(String s) {
    var m = TRAILING_PARENTHESIS.matcher(s);
    if (!m.matches()) return false;
    String inside = m.group(1);
    return CREDIT_WORDS.matcher(inside).find() && wordCount(inside) <= 12;
  }

  /** Whether the line reads like a sentence of prose: long enough and ending like a sentence. */
  static boolean isProse(String s) {
    int words = wordCount(s);
    return words >= 25 || (words >= 10 && SENTENCE_END.matcher(s.strip()).matches());
  }

  static boolean endsLikeSentence(String s) {
    return SENTENCE_END.matcher(s.strip()).matches();
  }

  static int wordCount(String s) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !in) count++;
      in = letter;
    }
    return count;
  }
}
