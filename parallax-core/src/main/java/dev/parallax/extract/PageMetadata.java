package dev.parallax.extract;

import dev.parallax.ingest.FileSource;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata a page carries about itself, read in order of trust: schema.org JSON-LD, then Open Graph and
 * article meta tags, then common meta names, then the visible page (h1, {@code <time>}, a byline element).
 *
 * @param articleBody the body JSON-LD states, used to check and back up the DOM extraction; may be null
 */
record PageMetadata(
    String title,
    String byline,
    String outlet,
    String section,
    Instant published,
    String language,
    String leadImage,
    String articleBody) {

  private static final Pattern URL = Pattern.compile("^((https?:)?//|www\\.).*");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{15,}?)\\s+[|–—-]\\s+[^|–—-]{2,40}$");

  /** Reads what {@code page} says about itself; call before the page is cleaned. */
  static PageMetadata read(Document page) {
    JsonLd ld = JsonLd.read(page);
    String title =
        first(
            meta(page, "og:title"),
            ld.headline(),
            meta(page, "twitter:title"),
            text(page.selectFirst("h1")),
            stripSiteSuffix(page.title()));
    String byline =
        first(
            ld.author(),
            notUrl(meta(page, "author")),
            notUrl(meta(page, "article:author")),
            meta(page, "byl"),
            meta(page, "parsely-author"),
            meta(page, "sailthru.author"),
            meta(page, "dc.creator"),
            text(page.selectFirst("[itemprop=author] [itemprop=name], [rel=author], [itemprop=author]")));
    if (byline != null) byline = cleanByline(byline);
    if (byline != null && (byline.length() > 120 || byline.isEmpty())) byline = null;
    String outlet =
        first(
            notUrl(meta(page, "og:site_name")), notUrl(ld.publisher()), notUrl(meta(page, "application-name")),
            siteSuffix(page.title()));
    String section =
        first(meta(page, "article:section"), ld.section(), meta(page, "section"), meta(page, "parsely-section"));
    Instant published =
        firstTime(
            ld.datePublished(),
            meta(page, "article:published_time"),
            meta(page, "datePublished"),
            meta(page, "pubdate"),
            meta(page, "publishdate"),
            meta(page, "parsely-pub-date"),
            meta(page, "sailthru.date"),
            meta(page, "dc.date"),
            meta(page, "date"),
            attr(page.selectFirst("[itemprop=datePublished]"), "content", "datetime"),
            attr(page.selectFirst("time[datetime]"), "datetime"));
    Element html = page.selectFirst("html[lang]");
    String language =
        Languages.normalize(
            first(
                html == null ? null : html.attr("lang"),
                meta(page, "og:locale"),
                attr(page.selectFirst("meta[http-equiv=content-language]"), "content"),
                ld.language()));
    String image =
        first(meta(page, "og:image"), ld.image(), meta(page, "twitter:image"), meta(page, "twitter:image:src"));
    return new PageMetadata(title, byline, outlet, section, published, language, image, ld.articleBody());
  }

  static String meta(Document page, String name) {
    for (Element e : page.getElementsByTag("meta")) {
      if (name.equalsIgnoreCase(e.attr("property"))
          || name.equalsIgnoreCase(e.attr("name"))
          || name.equalsIgnoreCase(e.attr("itemprop"))) {
        String content = Texts.normalizeSpace(e.attr("content"));
        if (!content.isEmpty()) return content;
      }
    }
    return null;
  }

  private static String text(Element e) {
    if (e == null) return null;
    String t = Texts.normalizeSpace(e.text());
    return t.isEmpty() || t.length() > 300 ? null : t;
  }

  private static String attr(Element e, String... names) {
    if (e == null) return null;
    for (String n : names) {
      String v = e.attr(n).strip();
      if (!v.isEmpty()) return v;
    }
    return null;
  }

  private static String notUrl(String s) {
    return s == null || URL.matcher(s).matches() ? null : s;
  }

  private static String stripSiteSuffix(String title) {
    String t = Texts.normalizeSpace(title);
    if (t.isEmpty()) return null;
    var m = TITLE_SUFFIX.matcher(t);
    return m.matches() ? m.group(1) : t;
  }

  /** A byline as people read it: no "By", no social handle or date glued on after the name. */
  private static String cleanByline(String byline) {
    String s = byline.replaceFirst("(?i)^by\\s+", "");
    s = s.replaceFirst("\\s+@\\w.*$", "");
    s = s.replaceFirst(
        "(?i)\\s+(updated|published|posted|on)?\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b.*$", "");
    return s.strip();
  }

  /** The site name a {@code <title>} ends with ("Headline | Site"), or null. */
  private static String siteSuffix(String title) {
    var m = TITLE_SUFFIX.matcher(Texts.normalizeSpace(title));
    if (!m.matches()) return null;
    String suffix = Texts.normalizeSpace(title).substring(m.end(1)).replaceFirst("^\\s*[|–—-]\\s*", "").strip();
    return suffix.isEmpty() ? null : suffix;
  }

  private static Instant firstTime(String... values) {
    for (String v : values) {
      Instant t = FileSource.parseTime(v);
      if (t != null) return t;
    }
    return null;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) if (v != null && !(v instanceof String s && s.isBlank())) return v;
    return null;
  }
}
