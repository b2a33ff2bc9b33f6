package dev.parallax.feed;

import dev.parallax.ingest.FileSource;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs dates Rome cannot read before it sees them: "+01:00" offsets in RFC 822 dates, a missing space
 * after the weekday, "2025-02-18 09:30:00" without a zone (taken as UTC). What is still unreadable is left
 * for Rome, which then reports no date rather than a wrong one.
 */
final class FeedDates {

  private static final Pattern DATE_ELEMENT =
      Pattern.compile(
          "<((?:[\\w-]+:)?(?:pubDate|date|published|updated|issued|modified|lastBuildDate))>\\s*([^<]{6,80}?)\\s*</\\1>");
  private static final Pattern COLON_OFFSET = Pattern.compile("([+-]\\d{2}):(\\d{2})$");

  private FeedDates() {}

  static String repair(String xml) {
    Matcher m = DATE_ELEMENT.matcher(xml);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      Instant t = parse(m.group(2));
      if (t == null) continue;
      if (out == null) out = new StringBuilder(xml.length());
      out.append(xml, last, m.start(2)).append(t);
      last = m.end(2);
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
