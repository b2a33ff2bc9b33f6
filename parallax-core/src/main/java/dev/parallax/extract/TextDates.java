package dev.parallax.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written on a line of their own ("18 February 2025", "Feb 18, 2025", "2025-02-18"), read as UTC days. */
final class TextDates {

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?:(?:updated|published|posted)\\s*:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,?\\s+)?([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})\\b.*");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private TextDates() {}

  /** The day on a short line that is a date, or null. */
  static Instant parse(String line) {
    String s = line.strip();
    if (s.length() > 60) return null;
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) return LocalDate.parse(s.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
      m = DAY_MONTH_YEAR.matcher(s);
      if (m.matches()) return day(m.group(3), m.group(2), m.group(1));
      m = MONTH_DAY_YEAR.matcher(s);
      if (m.matches()) return day(m.group(3), m.group(1), m.group(2));
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  private static Instant day(String year, String month, String day) {
    String prefix = month.toLowerCase(Locale.ROOT);
    if (prefix.length() < 3) return null;
    int index = MONTHS.indexOf(prefix.substring(0, 3));
    if (index < 0) return null;
    return LocalDate.of(Integer.parseInt(year), index + 1, Integer.parseInt(day)).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
