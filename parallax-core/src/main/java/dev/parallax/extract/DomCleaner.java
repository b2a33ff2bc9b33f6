package dev.parallax.extract;

import dev.parallax.domain.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Strips a page down to what could be article text: scripts, forms, hidden elements, navigation, asides and
 * blocks whose class or id names a kind of furniture (comments, related links, sharing, newsletters,
 * adverts). Captions of figures are taken out and kept. The class vocabulary is the one every site uses
 * for these things, not any one site's.
 */
final class DomCleaner {

  /** What was taken out: captions apart, furniture with text worth showing a reader. */
  record Cut(List<String> captions, List<Removed> removed) {}

  private static final Set<String> JUNK_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "input", "button",
          "select", "textarea", "nav", "aside", "footer", "link", "meta", "video", "audio", "map", "dialog", "menu");
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment|community|disqus|extra|footer|gdpr|masthead|menu"
              + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|agegate|pagination|pager"
              + "|popup|modal|newsletter|subscri|promo|share|sharing|cookie|signup|paywall|outbrain|taboola|recommend"
              + "|most-?popular|trending|toolbar|byline|dateline|timestamp|author-?info|tags?-?list|\\btags\\b|nav\\b|navbar"
              + "|skip|print|widget|teaser|more-?stories|read-?more|rail",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MAYBE =
      Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post-?text", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_CLASS = Pattern.compile("caption|credit", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENT_CLASS = Pattern.compile("comment|disqus|replies", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATED_CLASS =
      Pattern.compile("related|recommend|more-?stories|read-?more|popular|trending|outbrain|taboola", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEWSLETTER_CLASS = Pattern.compile("newsletter|signup|subscri", Pattern.CASE_INSENSITIVE);
  private static final int MAX_REMOVED = 40;

  private DomCleaner() {}

  static Cut clean(Document page) {
    List<String> captions = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    Element body = page.body();
    TextStats stats = new TextStats(body);
    int pageLength = stats.textLength(body);
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      String tag = e.normalName();
      if (JUNK_TAGS.contains(tag) || isHidden(e)) {
        drop.add(e);
        continue;
      }
      if (tag.equals("figcaption") || (tag.equals("figure") && e.selectFirst("p") == null)) {
        drop.add(e);
        continue;
      }
      String names = e.className() + " " + e.id();
      if (names.isBlank() || tag.equals("article") || tag.equals("main")) continue;
      if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find() && !holdsProse(e, names, stats, pageLength)) drop.add(e);
      else if (CAPTION_CLASS.matcher(names).find() && stats.textLength(e) < 400) drop.add(e);
    }
    for (Element e : drop) {
      if (e.ownerDocument() == null) continue; // already gone with an ancestor
      record(e, captions, removed);
      e.remove();
    }
    return new Cut(captions, removed);
  }

  private static void record(Element e, List<String> captions, List<Removed> removed) {
    String tag = e.normalName();
    if (JUNK_TAGS.contains(tag) && !tag.equals("aside") && !tag.equals("nav") && !tag.equals("footer")) return;
    String names = e.className() + " " + e.id();
    boolean captionLike = tag.equals("figcaption") || tag.equals("figure") || CAPTION_CLASS.matcher(names).find();
    if (captionLike) {
      String text = Texts.normalizeSpace(e.text());
      if (!text.isEmpty() && captions.size() < MAX_REMOVED) captions.add(text);
      return;
    }
    if (removed.size() >= MAX_REMOVED) return;
    String text = Texts.normalizeSpace(e.text());
    if (text.length() < 3) return;
    if (text.length() > 300) text = text.substring(0, 297) + "...";
    String reason =
        tag.equals("nav") || tag.equals("footer")
            ? Removed.NAVIGATION
            : COMMENT_CLASS.matcher(names).find()
                ? Removed.COMMENT
                : RELATED_CLASS.matcher(names).find()
                    ? Removed.RELATED_LINK
                    : NEWSLETTER_CLASS.matcher(names).find() ? Removed.NEWSLETTER : Removed.BOILERPLATE;
    removed.add(new Removed(text, reason));
  }

  /**
   * Whether an element whose name sounds like furniture still holds the article's prose (many long
   * paragraphs): sites name wrappers carelessly, so a name alone must not cut the article. Comment sections
   * are cut whatever they hold.
   */
  private static boolean holdsProse(Element e, String names, TextStats stats, int pageLength) {
    if (COMMENT_CLASS.matcher(names).find()) return false;
    if (stats.prose(e) >= 800) return true;
    int length = stats.textLength(e);
    if (length < 1500 && length * 10 < pageLength * 4) return false;
    return stats.linkLength(e) * 10 < length * 3;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return true;
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
