package dev.parallax.extract;

import dev.parallax.domain.Removed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that pictures, galleries, videos and promotion boxes leave in a text once its page is flattened:
 * gallery counters ("Hide Caption 10 of 30"), gallery titles ("Photos: ..."), captions carrying their credit
 * ("... Photograph: Matt Slocum/AP", "Image copyright PA Image caption ..."), bare credits ("Vjeran
 * Pavic/The Verge"), media labels ("Photo", "Video"), headline links ("... Read more", "[What are the
 * Panama Papers?]"), map and chart labels (runs of capitalised words) and newsletter boxes. Each is
 * recognised by the shape the widget gives it on every site, not by any one site's wording; a sentence that
 * only mentions a photo or a newsletter does not have that shape.
 */
final class MediaLines {

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The controls of a caption or gallery: "Hide Caption 3 of 8", "toggle caption", "Enlarge this image". */
  private static final Pattern CAPTION_CONTROL =
      Pattern.compile("\\b(hide|show|toggle|view|close) caption\\b|\\benlarge this image\\b|\\bplay slideshow\\b", I);
  /** A line that labels itself as a caption or a gallery: "Image caption ...", "Photos: ...". */
  private static final Pattern CAPTION_LABEL =
      Pattern.compile(
          "^(image (copyright|caption|source)|(photos|pictures|gallery|slideshow|in pictures)\\s*:|(photo|picture)\\s+\\d+\\s+(of|/)\\s*\\d+).*",
          I);
  /** A caption that ends with its credit: "... Photograph: Graeme Robertson for the Guardian". */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile("\\S\\s+(photograph|photo|picture|image|credit|foto)s?( by)?\\s*:\\s*[^.:;!?]{2,70}$", I);
  /** A caption that starts with its credit: "Getty Images A victim is stretchered to safety". */
  private static final Pattern LEADING_CREDIT =
      Pattern.compile(
          "^(?i:getty images|shutterstock|alamy|ap photo|(afp|epa|reuters|pa|ap)\\s*/\\s*getty images)\\b(\\s*-\\s*\\S+)?\\s+\\p{Lu}.*");
  /** Share buttons flattened in front of a picture's caption: "Facebook Twitter Pinterest ...". */
  private static final Pattern SHARE_BAR =
      Pattern.compile(
          "^((facebook|twitter|pinterest|whatsapp|linkedin|reddit|email|messenger)\\W+){2,}.*", I);
  /** A counter of a gallery's pictures with a credit: "31/34 31 October 2017 ... Getty Images". */
  private static final Pattern COUNTER = Pattern.compile("(^|\\s)\\d{1,3}\\s*(/|of)\\s*\\d{1,3}\\s");
  /** A credit alone: "Vjeran Pavic/The Verge", "Reuters". */
  private static final Pattern NAME_SLASH_OUTLET =
      Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*( \\p{Lu}[\\p{L}.'’-]*){0,3}\\s*/\\s*\\p{Lu}[\\p{L}.'’ -]*$");
  /** What a picture, video or advert leaves as its only text. */
  private static final Pattern MEDIA_LABEL =
      Pattern.compile("^(photo|photos|video|image|images|audio|gallery|graphic|slideshow|advertisement|close)$", I);
  /** A video player's close control in front of the video's blurb: "CLOSE Elon Musk gave us ...". */
  private static final Pattern VIDEO_BLURB = Pattern.compile("^CLOSE \\p{Lu}.*");
  /** A headline link: "China: the new space superpower Read more", "[Is China's leader losing his grip?]". */
  private static final Pattern HEADLINE_LINK = Pattern.compile("\\S\\s+read more\\W*$|^\\[[^\\[\\]]{3,150}\\]$", I);
  /** A run of words in capitals, numbers between them allowed: "EXCALIBUR HOTEL", "BROKEN WINDOWS VISIBLE". */
  private static final Pattern CAPITALS_RUN = Pattern.compile("(?:\\b\\p{Lu}[\\p{Lu}'’.-]*+(?:\\W++(?:\\p{N}++\\W++)?|$)){2,}");
  /** The vocabulary of a newsletter or sign-up box; three of them together are never reporting. */
  private static final Pattern PROMO_SIGNAL =
      Pattern.compile(
          "\\b(newsletters?|sign up|subscribe|subscribing|inbox|not a robot|email address|privacy policy"
              + "|continue reading the main story|delivered to you)\\b",
          I);
  /** A sentence that tells the reader to sign up or subscribe to something delivered to them. */
  private static final Pattern PROMO_SENTENCE =
      Pattern.compile("(^|[.!?]\\s+)(sign up|subscribe|get|join)\\b[^.!?]*\\b(newsletters?|inbox|emails?)\\b", I);
  /** A sentence that tells the reader to follow someone or get an app. */
  private static final Pattern SOCIAL_SENTENCE =
      Pattern.compile(
          "(^|[.!?]\\s+)(follow|download|get|join)\\b[^.!?]*\\b(app|facebook|twitter|instagram|tiktok|youtube)\\b", I);

  private MediaLines() {}

  /** Each shape of line this class knows, with the reason a line of that shape is cut. */
  enum Rule {
    EMPTY(Removed.BOILERPLATE),
    MEDIA_LABEL(Removed.BOILERPLATE),
    CAPTION_CONTROL(Removed.CAPTION),
    CAPTION_LABEL(Removed.CAPTION),
    SHARE_BAR(Removed.CAPTION),
    LEADING_CREDIT(Removed.CAPTION),
    TRAILING_CREDIT(Removed.CAPTION),
    GALLERY_COUNTER(Removed.CAPTION),
    VIDEO_BLURB(Removed.CAPTION),
    BARE_CREDIT(Removed.CREDIT),
    HEADLINE_LINK(Removed.RELATED_LINK),
    LABELS(Removed.CAPTION),
    PROMO(Removed.NEWSLETTER),
    SOCIAL_PROMO(Removed.CALL_TO_ACTION);

    final String reason;

    Rule(String reason) {
      this.reason = reason;
    }
  }

  /** The reason to cut {@code s} as picture, gallery or promotion text, or {@code null}. */
  static String reason(String s, int words) {
    Rule rule = rule(s, words);
    return rule == null ? null : rule.reason;
  }

  /** The rule that {@code s} (of {@code words} words) matches, or {@code null}. */
  static Rule rule(String s, int words) {
    if (words == 0) return s.chars().anyMatch(Character::isLetterOrDigit) ? null : Rule.EMPTY;
    boolean quote = s.startsWith("\"") || s.startsWith("“") || s.startsWith("«") || s.startsWith("„");
    if (words <= 2 && MEDIA_LABEL.matcher(s).matches()) return Rule.MEDIA_LABEL;
    if (CAPTION_CONTROL.matcher(s).find() && (words <= 150 || controls(s) * 150 >= words)) return Rule.CAPTION_CONTROL;
    if (words <= 150 && CAPTION_LABEL.matcher(s).matches()) return Rule.CAPTION_LABEL;
    if (words <= 150 && SHARE_BAR.matcher(s).matches()) return Rule.SHARE_BAR;
    if (words <= 60 && LEADING_CREDIT.matcher(s).matches()) return Rule.LEADING_CREDIT;
    if (words <= 60 && !quote && TRAILING_CREDIT.matcher(s).find()) return Rule.TRAILING_CREDIT;
    if (words <= 150 && COUNTER.matcher(s).find() && LineClassifier.hasCreditWords(s)) return Rule.GALLERY_COUNTER;
    if (words <= 60 && VIDEO_BLURB.matcher(s).matches()) return Rule.VIDEO_BLURB;
    if (words <= 8 && NAME_SLASH_OUTLET.matcher(s).matches()) return Rule.BARE_CREDIT;
    if (words <= 30 && !quote && HEADLINE_LINK.matcher(s).find() && (words <= 16 || !s.startsWith("[")))
      return Rule.HEADLINE_LINK;
    if (labels(s)) return Rule.LABELS;
    if (words <= 150 && !quote && promo(s)) return Rule.PROMO;
    if (words <= 60 && !quote && SOCIAL_SENTENCE.matcher(s).find()) return Rule.SOCIAL_PROMO;
    return null;
  }

  /**
   * Map or chart labels, or a box of headlines: several runs of words in capitals, one of four words or more,
   * eight words in capitals in all. A sentence or a box that starts with one capitalised heading has one run.
   */
  private static boolean labels(String s) {
    var m = CAPITALS_RUN.matcher(s);
    int runs = 0;
    int words = 0;
    int longest = 0;
    while (m.find()) {
      int n = 0;
      for (String w : m.group().split("\\W+")) if (!w.isEmpty() && Character.isLetter(w.charAt(0))) n++;
      runs++;
      words += n;
      longest = Math.max(longest, n);
    }
    return runs >= 2 && words >= 8 && longest >= 4;
  }

  /** "Hide Caption 3 of 8" and the like, with its counter. */
  private static final Pattern CONTROL_WITH_COUNTER =
      Pattern.compile("\\s*\\b(hide|show|toggle|view|close) caption\\b(\\s*\\d+\\s*(of|/)\\s*\\d+)?", I);

  /**
   * The text of a page that is only a gallery: its captions, without their controls and without the gallery
   * title that starts every one of them ("Photos: North Korea launches rocket ..."), so such a page still has a
   * body to read and to cluster, made of what its pictures say.
   */
  static List<String> galleryBody(List<String> captions) {
    List<String> lines = new ArrayList<>();
    for (String c : captions) lines.add(CONTROL_WITH_COUNTER.matcher(c).replaceAll("").strip());
    String prefix = lines.size() < 2 ? "" : lines.get(0);
    for (String l : lines) {
      int n = 0;
      while (n < prefix.length() && n < l.length() && prefix.charAt(n) == l.charAt(n)) n++;
      prefix = prefix.substring(0, n);
    }
    int cut = prefix.lastIndexOf(' ') + 1; // at a word boundary
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String text = l.substring(Math.min(cut, l.length())).strip();
      if (LineClassifier.wordCount(text) > 0) out.add(text);
    }
    return out;
  }

  /** Caption controls in the line: a whole gallery flattened into one line has one per picture. */
  private static int controls(String s) {
    var m = CAPTION_CONTROL.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  private static boolean promo(String s) {
    var m = PROMO_SIGNAL.matcher(s);
    Set<String> signals = new HashSet<>();
    while (m.find()) signals.add(m.group(1).toLowerCase(Locale.ROOT).substring(0, 5)); // one per word, any form
    if (signals.size() >= 3) return true;
    return LineClassifier.wordCount(s) <= 60 && PROMO_SENTENCE.matcher(s).find();
  }
}
