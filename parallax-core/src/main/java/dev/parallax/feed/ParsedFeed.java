package dev.parallax.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A feed as read: its own metadata and its items, with links made absolute and titles as plain text.
 *
 * @param format "rss", "atom" or "json" with its version, for status display
 * @param language the feed's language as a primary subtag ("en"), or null
 */
public record ParsedFeed(
    String format, String title, String homepage, String icon, String language, List<Entry> entries) {

  public ParsedFeed {
    entries = List.copyOf(entries);
  }

  /** "en" for "en-US", "EN_gb" or "en"; null for anything that is not a language tag. */
  static String primaryLanguage(String tag) {
    if (tag == null) return null;
    String t = tag.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    return t.matches("[a-z]{2,3}") ? t : null;
  }

  /**
   * One item.
   *
   * @param key stable identity within the feed: the GUID/id, else the link, else a hash of the content
   * @param url the article's absolute URL, or null
   * @param title plain text, or null
   * @param published publication (else update) time; null when missing or implausible
   * @param summaryHtml the description or summary as HTML, or null
   * @param contentHtml the full content as HTML, or null
   */
  public record Entry(
      String key, String url, String title, String author, Instant published, String summaryHtml,
      String contentHtml) {

    public Entry {
      Objects.requireNonNull(key, "key");
    }

    /** The fullest body the feed gave: the content, else the summary; may be null. */
    public String bodyHtml() {
      if (contentHtml != null && !contentHtml.isBlank()) return contentHtml;
      return summaryHtml;
    }
  }
}
