package dev.parallax.feed;

import dev.parallax.fetch.FetchException;
import dev.parallax.fetch.Fetched;
import dev.parallax.fetch.Fetcher;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.ReadResult;
import dev.parallax.ingest.SourceDocument;
import dev.parallax.ingest.SourceDocument.Format;
import dev.parallax.ingest.SourceDocument.Given;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Turns feed items into documents for the pipeline. An item with its full text becomes an HTML document of
 * that text; an item with only a teaser has its page fetched, and the extraction stage finds the article in
 * it. The feed's title, outlet and date travel along as {@link Given} and win over what extraction guesses.
 */
final class ItemDocuments {

  /** Items whose text is shorter than this (in characters) are teasers. */
  static final int TEASER_CHARS = 600;

  private final Fetcher fetcher;

  ItemDocuments(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** The article id an item gets: the same item from the same source always gets the same id. */
  static String articleId(Source source, ParsedFeed.Entry entry) {
    return Articles.contentHash(source.url() + "\n" + entry.key()).substring(0, 12);
  }

  static boolean isTeaser(ParsedFeed.Entry entry) {
    String body = entry.bodyHtml();
    if (body == null) return true;
    String text = Jsoup.parse(body).text().strip();
    return text.length() < TEASER_CHARS || text.endsWith("[…]") || text.endsWith("[...]");
  }

  /**
   * The document for an item. When the article page cannot be fetched (or is not HTML) the feed's own text
   * is used if it has any; an item with no text at all is a failure and is tried again next poll.
   */
  ReadResult document(
      Source source, String outlet, String language, ParsedFeed.Entry entry, String origin, boolean mayFetchPage) {
    Given given = new Given(articleId(source, entry), entry.title(), outlet, entry.published(), language);
    boolean hasText = entry.bodyHtml() != null && !Jsoup.parse(entry.bodyHtml()).text().isBlank();
    if (isTeaser(entry) && entry.url() != null) {
      if (!mayFetchPage) return new ReadResult.Failed(origin, "page fetch deferred to the next poll (per-poll limit reached)");
      try {
        Fetched page = fetcher.fetch(URI.create(entry.url()));
        if (isHtml(page))
          return new ReadResult.Ok(
              new SourceDocument(origin, null, page.uri().toString(), Format.HTML, page.body(), given));
        if (!hasText) return new ReadResult.Failed(origin, "article page is " + page.contentType() + ", not HTML");
      } catch (FetchException e) {
        if (!hasText) return new ReadResult.Failed(origin, "cannot fetch the article page: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        if (!hasText) return new ReadResult.Failed(origin, "bad article URL " + entry.url());
      }
    }
    if (!hasText) return new ReadResult.Failed(origin, "item has neither text nor a link");
    return new ReadResult.Ok(
        new SourceDocument(origin, null, entry.url(), Format.HTML, wrap(entry).getBytes(StandardCharsets.UTF_8), given));
  }

  private static boolean isHtml(Fetched page) {
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.contains("html") || type.startsWith("text/plain");
  }

  /** The feed's text as a small HTML page the extractor reads like any other. */
  static String wrap(ParsedFeed.Entry entry) {
    String title = entry.title() == null ? "" : Entities.escape(entry.title());
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article>"
        + entry.bodyHtml() + "</article></body></html>";
  }
}
