package dev.parallax.extract;

import dev.parallax.domain.Removed;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  private static final ClassNames.Vocabulary UNLIKELY =
      ClassNames.Vocabulary.of(
          "ad", "ads", "advert", "banner", "breadcrumb", "combx", "comment", "community", "disqus", "extra", "footer",
          "gdpr", "masthead", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
          "social", "sponsor", "supplemental", "agegate", "pagination", "pager", "popup", "modal", "newsletter",
          "subscri", "promo", "share", "sharing", "cookie", "signup", "sign up", "paywall", "outbrain", "taboola",
          "recommend", "most popular", "trending", "toolbar", "byline", "dateline", "timestamp", "author info",
          "tag list", "tags list", "tags", "nav", "navbar", "navigation", "skip", "print", "widget", "teaser",
          "more stories", "read more", "rail");
  private static final ClassNames.Vocabulary MAYBE =
      ClassNames.Vocabulary.of("and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post text");
  private static final ClassNames.Vocabulary CAPTION_CLASS = ClassNames.Vocabulary.of("caption", "credit");
  private static final ClassNames.Vocabulary COMMENT_CLASS = ClassNames.Vocabulary.of("comment", "disqus", "replies");
  private static final ClassNames.Vocabulary RELATED_CLASS =
      ClassNames.Vocabulary.of(
          "related", "recommend", "more stories", "read more", "popular", "trending", "outbrain", "taboola");
  private static final ClassNames.Vocabulary NEWSLETTER_CLASS =
      ClassNames.Vocabulary.of("newsletter", "signup", "sign up", "subscri");
  private static final int MAX_REMOVED = 40;

  private DomCleaner() {}

  static Cut clean(Document page) {
    List<String> captions = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    Element body = page.body();
    TextStats stats = new TextStats(body);
    int pageLength = stats.textLength(body);
    int pageProse = stats.prose(body);
    List<Element> drop = new ArrayList<>();
    Map<Element, String> reasons = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      String tag = e.normalName();
      if (JUNK_TAGS.contains(tag) || isHidden(e)) {
        drop.add(e);
        continue;
      }
      List<String> names = ClassNames.of(e);
      String media = MediaBlocks.reason(e, names, stats);
      if (media != null) {
        drop.add(e);
        reasons.put(e, media);
        continue;
      }
      if (tag.equals("figure") && e.selectFirst("p") == null) {
        drop.add(e);
        continue;
      }
      if (names.isEmpty() || tag.equals("article") || tag.equals("main")) continue;
      if (ClassNames.matches(names, UNLIKELY) && !ClassNames.matches(names, MAYBE)
          && !holdsProse(e, names, stats, pageLength, pageProse)) drop.add(e);
      else if (ClassNames.matches(names, CAPTION_CLASS) && stats.textLength(e) < 400) drop.add(e);
    }
    for (Element e : drop) {
      if (e.ownerDocument() == null) continue; // already gone with an ancestor
      record(e, reasons.get(e), captions, removed);
      e.remove();
    }
    return new Cut(captions, removed);
  }

  /** Keeps what a reader may want to audit: captions apart and, like all else cut, in {@code removed}. */
  private static void record(Element e, String media, List<String> captions, List<Removed> removed) {
    String tag = e.normalName();
    if (JUNK_TAGS.contains(tag) && !tag.equals("aside") && !tag.equals("nav") && !tag.equals("footer")) return;
    List<String> names = ClassNames.of(e);
    boolean captionLike =
        Removed.CAPTION.equals(media) || tag.equals("figure") || ClassNames.matches(names, CAPTION_CLASS);
    String full = Texts.normalizeSpace(e.text());
    if (captionLike && !full.isEmpty() && captions.size() < MAX_REMOVED) captions.add(full);
    if (removed.size() >= MAX_REMOVED) return;
    String text = full;
    if (text.length() < 3) return;
    if (text.length() > 300) text = text.substring(0, 297) + "...";
    removed.add(new Removed(text, media != null ? media : captionLike ? Removed.CAPTION : reason(tag, names)));
  }

  private static String reason(String tag, List<String> names) {
    if (tag.equals("nav") || tag.equals("footer")) return Removed.NAVIGATION;
    if (ClassNames.matches(names, COMMENT_CLASS)) return Removed.COMMENT;
    if (ClassNames.matches(names, RELATED_CLASS)) return Removed.RELATED_LINK;
    if (ClassNames.matches(names, NEWSLETTER_CLASS)) return Removed.NEWSLETTER;
    return Removed.BOILERPLATE;
  }

  /**
   * Whether an element whose name sounds like furniture still holds the article's prose (many long
   * paragraphs, or most of the page's prose): sites name wrappers carelessly ("left-rail"), so a name alone
   * must not cut the article. Comment sections are cut whatever they hold.
   */
  private static boolean holdsProse(Element e, List<String> names, TextStats stats, int pageLength, int pageProse) {
    if (ClassNames.matches(names, COMMENT_CLASS)) return false;
    int prose = stats.prose(e);
    if (prose >= 800 || (prose >= 300 && prose * 2 > pageProse)) return true;
    int length = stats.textLength(e);
    if (length < 1500 && length * 10 < pageLength * 4) return false;
    return stats.linkLength(e) * 10 < length * 3;
  }

  /** The words of class and id that name furniture. */
  static ClassNames.Vocabulary furniture() {
    return UNLIKELY;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return true;
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
