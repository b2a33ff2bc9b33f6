package dev.parallax.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.parallax.ingest.Articles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom (with Rome) and JSON Feed (with Jackson) as found in the wild: bad or
 * missing dates, missing GUIDs, relative links, HTML in titles, a wrong declared encoding. DTDs and external
 * entities are never processed: a plain DOCTYPE is dropped, one with an internal subset is refused.
 */
public final class FeedParser {

  /** Items read from one feed at most; the rest are ignored. */
  public static final int MAX_ITEMS = 500;

  private static final Pattern PLAIN_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*>", Pattern.CASE_INSENSITIVE);
  private static final Duration FUTURE_SLACK = Duration.ofDays(2);
  private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  private final InstantSource clock;
  private final JsonFeedReader json = new JsonFeedReader();

  public FeedParser(InstantSource clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Parses a feed body.
   *
   * @param base where the body came from, for relative links and messages
   * @param contentType the HTTP Content-Type, or null
   */
  public ParsedFeed parse(byte[] body, String contentType, URI base) throws FeedParseException {
    String origin = base.toString();
    String start = head(body);
    if (start.isEmpty()) throw new FeedParseException(origin, "empty body");
    if (start.startsWith("{")) return json.read(body, base, this);
    if (!start.startsWith("<")) throw new FeedParseException(origin, "not a feed: body starts with neither '<' nor '{'");
    if (looksLikeHtml(start)) throw new FeedParseException(origin, "not a feed: an HTML page");
    String xml = decode(body, contentType);
    if (xml.length() > 0 && xml.charAt(0) == '\uFEFF') xml = xml.substring(1);
    xml = FeedDates.repair(PLAIN_DOCTYPE.matcher(xml).replaceFirst(""));
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput(false, Locale.US);
      input.setXmlHealerOn(true);
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      throw new FeedParseException(origin, "not a readable RSS or Atom feed: " + firstLine(rootMessage(e)), e);
    } catch (RuntimeException e) {
      throw new FeedParseException(origin, "malformed feed: " + firstLine(rootMessage(e)), e);
    }
    URI linkBase = resolveBase(base, feed.getLink());
    List<ParsedFeed.Entry> entries = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (SyndEntry e : feed.getEntries()) {
      if (entries.size() >= MAX_ITEMS) break;
      ParsedFeed.Entry entry = entry(e, linkBase);
      if (keys.add(entry.key())) entries.add(entry);
    }
    String icon = null;
    if (feed.getIcon() != null) icon = absolute(linkBase, feed.getIcon().getUrl());
    if (icon == null && feed.getImage() != null) icon = absolute(linkBase, feed.getImage().getUrl());
    return new ParsedFeed(
        feed.getFeedType(), plain(feed.getTitle()), absolute(base, feed.getLink()), icon,
        ParsedFeed.primaryLanguage(feed.getLanguage()), entries);
  }

  private ParsedFeed.Entry entry(SyndEntry e, URI base) {
    String link = e.getLink();
    if (blank(link) && e.getLinks() != null)
      for (SyndLink l : e.getLinks())
        if (!blank(l.getHref()) && (l.getRel() == null || l.getRel().equals("alternate"))) {
          link = l.getHref();
          break;
        }
    String url = absolute(base, link);
    if (url == null && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) url = absolute(base, e.getUri());
    String title = plain(e.getTitle());
    String summary = e.getDescription() == null ? null : e.getDescription().getValue();
    StringBuilder content = new StringBuilder();
    if (e.getContents() != null)
      for (SyndContent c : e.getContents())
        if (c != null && !blank(c.getValue())) content.append(content.isEmpty() ? "" : "\n").append(c.getValue());
    Instant published = plausible(e.getPublishedDate());
    if (published == null) published = plausible(e.getUpdatedDate());
    String author = plain(e.getAuthor());
    return entry(e.getUri(), url, title, author, published, emptyToNull(summary), emptyToNull(content.toString()));
  }

  /** Builds an entry, deriving a key when the feed gave no id. Shared with the JSON Feed reader. */
  ParsedFeed.Entry entry(
      String id, String url, String title, String author, Instant published, String summary, String content) {
    String key = blank(id) ? null : id.strip();
    if (key == null) key = url;
    if (key == null) {
      String basis = (title == null ? "" : title) + "\n" + (content != null ? content : summary == null ? "" : summary);
      key = "sha256:" + Articles.contentHash(basis).substring(0, 24);
    }
    if (key.length() > 1000) key = "sha256:" + Articles.contentHash(key).substring(0, 24);
    return new ParsedFeed.Entry(key, url, title, author, published, summary, content);
  }

  Instant plausible(Date date) {
    return date == null ? null : plausible(date.toInstant());
  }

  Instant plausible(Instant t) {
    if (t == null || t.isBefore(EARLIEST) || t.isAfter(clock.instant().plus(FUTURE_SLACK))) return null;
    return t;
  }

  /**
   * Decodes XML bytes. Valid UTF-8 with non-ASCII characters is taken as UTF-8 whatever the prolog says
   * (a wrong declaration is the common fault); otherwise the HTTP header, BOM and prolog decide, and bytes
   * that claim UTF-8 but are not fall back to windows-1252.
   */
  static String decode(byte[] body, String contentType) {
    boolean bom16 =
        body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE));
    if (!bom16) {
      String utf8 = strictUtf8(body);
      if (utf8 != null) return utf8;
    }
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      String enc = reader.getEncoding();
      if (enc != null && enc.equalsIgnoreCase("UTF-8")) return new String(body, Charset.forName("windows-1252"));
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) > 0; ) sb.append(buf, 0, n);
      return sb.toString();
    } catch (IOException | RuntimeException e) {
      return new String(body, Charset.forName("windows-1252"));
    }
  }

  private static String strictUtf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The first non-blank characters of the body, lower-cased, BOM skipped. */
  static String head(byte[] body) {
    int n = Math.min(body.length, 512);
    String s = new String(body, 0, n, StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3);
    if (s.startsWith("\u00fe\u00ff") || s.startsWith("\u00ff\u00fe"))
      s = new String(body, 0, n, StandardCharsets.UTF_16);
    return s.stripLeading().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
  }

  static boolean looksLikeHtml(String head) {
    String h = head.replaceFirst("^<\\?xml[^>]*>\\s*", "");
    while (h.startsWith("<!--")) {
      int end = h.indexOf("-->");
      if (end < 0) break;
      h = h.substring(end + 3).stripLeading();
    }
    return h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head") || h.startsWith("<body");
  }

  static URI resolveBase(URI fetched, String feedLink) {
    String abs = absolute(fetched, feedLink);
    try {
      return abs == null ? fetched : URI.create(abs);
    } catch (IllegalArgumentException e) {
      return fetched;
    }
  }

  /** Makes a link absolute against {@code base}; null when it is blank or unusable. */
  static String absolute(URI base, String link) {
    if (blank(link)) return null;
    String l = link.strip().replace(" ", "%20");
    try {
      URI u = base == null ? new URI(l) : base.resolve(new URI(l));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? u.toString() : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Text without markup or entities; null when nothing is left. */
  static String plain(String htmlish) {
    if (blank(htmlish)) return null;
    String s = htmlish.indexOf('<') >= 0 || htmlish.indexOf('&') >= 0 ? Jsoup.parse(htmlish).text() : htmlish;
    s = s.replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String emptyToNull(String s) {
    return blank(s) ? null : s;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) c = c.getCause();
    String m = c.getMessage() != null ? c.getMessage() : t.getMessage();
    return m == null ? c.getClass().getSimpleName() : m;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
