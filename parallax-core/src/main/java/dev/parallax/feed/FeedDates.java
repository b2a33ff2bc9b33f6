package dev.parallax.feed;

import dev.parallax.ingest.FileSource;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Repairs dates Rome cannot read before it sees them: "+01:00" offsets in RFC 822 dates, a missing space
 * after the weekday, "2025-02-18 09:30:00" without a zone (taken as UTC). What is still unreadable is left
 * for Rome, which then reports no date rather than a wrong one.
 */
final class FeedDates {

  private static final java.util.Set<String> DATE_ELEMENTS =
      java.util.Set.of("pubDate", "date", "published", "updated", "issued", "modified", "lastBuildDate");
  private static final Pattern COLON_OFFSET = Pattern.compile("([+-]\\d{2}):(\\d{2})$");

  private FeedDates() {}

  /** The XML with every date element this class can read rewritten as an ISO-8601 instant. */
  static String repair(String xml) {
    StringBuilder out = null;
    int last = 0;
    for (int close = xml.indexOf("</"); close >= 0; close = xml.indexOf("</", close + 2)) {
      int end = xml.indexOf('>', close);
      if (end < 0 || end - close > 40) continue;
      String name = xml.substring(close + 2, end).strip();
      String local = name.substring(name.indexOf(':') + 1);
      if (!DATE_ELEMENTS.contains(local)) continue;
      int open = xml.lastIndexOf('>', close);
      if (open < 0 || close - open > 80 || !xml.startsWith(name, open - name.length())) continue;
      String raw = xml.substring(open + 1, close);
      if (raw.isBlank() || raw.indexOf('<') >= 0) continue;
      Instant t = parse(raw);
      if (t == null) continue;
      if (out == null) out = new StringBuilder(xml.length());
      out.append(xml, last, open + 1).append(t);
      last = close;
    }
    if (out == null) return xml;
    return out.append(xml, last, xml.length()).toString();
  }

  /** The instant a feed date means, or null when it is not one of the shapes handled here. */
  static Instant parse(String raw) {
    String v = raw.strip().replaceAll("\\s+", " ").replaceFirst("^([A-Za-z]{3,9}),(?=\\S)", "$1, ");
    String rfc = COLON_OFFSET.matcher(v).replaceFirst("$1$2");
    try {
      ZonedDateTime t = ZonedDateTime.parse(rfc, DateTimeFormatter.RFC_1123_DATE_TIME);
      // a two-digit year parses as year 25 here; Rome knows to read it as 2025
      return t.getYear() < 1900 ? null : t.toInstant();
    } catch (DateTimeParseException e) {
      // not RFC 1123 with a numeric offset or GMT; try ISO shapes
    }
    if (!v.matches("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?")) return null;
    return FileSource.parseTime(v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
  }
}
