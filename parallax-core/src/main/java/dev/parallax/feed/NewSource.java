package dev.parallax.feed;

import java.time.Duration;
import java.util.Objects;

/** What is known about a source before it is stored (from the user, discovery or OPML). */
public record NewSource(
    String url, String name, String homepage, String icon, String category, boolean membersOnly,
    Duration interval) {

  public NewSource {
    Objects.requireNonNull(url, "url");
    if (url.isBlank()) throw new IllegalArgumentException("source url must not be blank");
    interval = interval == null ? Source.DEFAULT_INTERVAL : interval;
    if (interval.compareTo(Source.MIN_INTERVAL) < 0)
      throw new IllegalArgumentException("interval must be at least " + Source.MIN_INTERVAL + ": " + interval);
  }

  public static NewSource of(String url) {
    return new NewSource(url, null, null, null, null, false, null);
  }
}
