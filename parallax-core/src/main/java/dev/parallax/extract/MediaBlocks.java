package dev.parallax.extract;

import dev.parallax.domain.Removed;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Elements of a page that sit inside the article but are not its text: posts embedded from social networks,
 * a box of highlights ahead of the body, pictures with their captions and galleries. The DOM counterpart of
 * {@link MediaLines}: each is told by the shape every site gives it (an embed's class or its "— Name
 * (@handle) date" signature, a picture beside a line or two of text), not by any one site's markup.
 */
final class MediaBlocks {

  /** The classes the embedding scripts of social networks ask for: "twitter-tweet", "instagram-media"... */
  private static final ClassNames.Vocabulary EMBED_CLASS =
      ClassNames.Vocabulary.of("tweet", "twitter", "instagram", "tiktok", "fb post", "social embed", "reddit embed");
  /** A box that sums the story up in a few lines before it starts. */
  private static final ClassNames.Vocabulary HIGHLIGHTS_CLASS =
      ClassNames.Vocabulary.of("highlights", "key points", "keypoints", "takeaways", "tldr");
  private static final ClassNames.Vocabulary GALLERY_CLASS =
      ClassNames.Vocabulary.of("gallery", "slideshow", "carousel", "lightbox", "slider");
  /** The signature an embedded post ends with: "— Town Traders (@towntraders) March 5, 2024". */
  private static final Pattern SIGNATURE =
      Pattern.compile("(?s).*[—–-]\\s*[^()\\n]{0,80}\\(@\\w{1,30}\\)\\s*\\p{L}+\\.? \\d{1,2},? \\d{4}\\s*$");
  private static final Evaluator PICTURE = QueryParser.parse("img, picture, video");
  /** Above this a block with a picture is more than a caption. */
  private static final int CAPTION_CHARS = 300;

  private MediaBlocks() {}

  /**
   * The reason to take {@code e} out of the article ({@link Removed#EMBED}, {@link Removed#HIGHLIGHTS} or
   * {@link Removed#CAPTION}), or {@code null}.
   *
   * @param names the words of its class and id
   * @param stats text lengths of the page
   */
  static String reason(Element e, List<String> names, TextStats stats) {
    String tag = e.normalName();
    int length = stats.textLength(e);
    if (length == 0) return null;
    if (tag.equals("blockquote") && SIGNATURE.matcher(e.text()).matches()) return Removed.EMBED;
    if (tag.equals("figcaption")) return Removed.CAPTION;
    if (!names.isEmpty() && !tag.equals("article") && !tag.equals("main") && !tag.equals("body")) {
      if (length < 2000 && ClassNames.matches(names, EMBED_CLASS) && stats.prose(e) < 400) return Removed.EMBED;
      if (length < 1500 && ClassNames.matches(names, HIGHLIGHTS_CLASS)) return Removed.HIGHLIGHTS;
      if (ClassNames.matches(names, GALLERY_CLASS) && length < 3000 && hasPicture(e)) return Removed.CAPTION;
    }
    if ((tag.equals("figure") || tag.equals("div") || tag.equals("span"))
        && length <= CAPTION_CHARS && hasPicture(e) && besidePicture(e, stats)) {
      String line = LineClassifier.classify(e.text(), LineClassifier.Zone.BODY); // a promo with its picture
      return line == null || line.equals(Removed.CREDIT) ? Removed.CAPTION : line;
    }
    return null;
  }

  private static boolean hasPicture(Element e) {
    return e.selectFirst(PICTURE) != null;
  }

  /**
   * A picture with a line of text beside it and no more: the text is its caption. The block's parent must
   * hold more text than the block (a short article that is only a picture and a paragraph keeps both), and
   * the block no run of paragraphs.
   */
  private static boolean besidePicture(Element e, TextStats stats) {
    Element parent = e.parent();
    if (parent == null || stats.textLength(parent) < stats.textLength(e) * 3) return false;
    return e.select("p").size() <= 2 && e.selectFirst(PICTURE).closest("a[href]") == null
        || e.normalName().equals("figure");
  }
}
