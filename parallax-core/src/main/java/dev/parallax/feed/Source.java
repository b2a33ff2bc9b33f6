package dev.parallax.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A feed Parallax polls, with what the user said about it and how polling went.
 *
 * @param id store-assigned number
 * @param url the feed's URL
 * @param name the outlet's name, shown with its articles
 * @param homepage the outlet's site
 * @param icon an icon URL
 * @param category a folder path from OPML ("News/World"), or null
 * @param membersOnly whether full text from this source is shown to members only
 * @param interval how often to poll when all is well
 * @param status how the last polls went
 */
public record Source(
    long id,
    String url,
    String name,
    String homepage,
    String icon,
    String category,
    boolean membersOnly,
    Duration interval,
    Status status) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);
  public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

  public Source {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
    if (url.isBlank()) throw new IllegalArgumentException("source url must not be blank");
    if (interval.compareTo(MIN_INTERVAL) < 0)
      throw new IllegalArgumentException("interval must be at least " + MIN_INTERVAL + ": " + interval);
    status = status == null ? Status.NEW : status;
  }

  /** A name to show: the given name, else the URL's host. */
  public String displayName() {
    if (name != null && !name.isBlank()) return name;
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null ? url : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** Whether the source should be polled at {@code now}. */
  public boolean due(Instant now) {
    return status.nextFetch() == null || !status.nextFetch().isAfter(now);
  }

  public Source withStatus(Status newStatus) {
    return new Source(id, url, name, homepage, icon, category, membersOnly, interval, newStatus);
  }

  /**
   * How polling went.
   *
   * @param etag validator from the last 200
   * @param lastModified validator from the last 200
   * @param lastFetched when it was last tried
   * @param lastSuccess when it last answered with a feed (or 304)
   * @param nextFetch when to try next; null means now
   * @param errors failures in a row (drives backoff)
   * @param lastError why the last try failed, null after a success
   */
  public record Status(
      String etag,
      String lastModified,
      Instant lastFetched,
      Instant lastSuccess,
      Instant nextFetch,
      int errors,
      String lastError) {

    public static final Status NEW = new Status(null, null, null, null, null, 0, null);

    /** Whether the source is currently failing. */
    public boolean failing() {
      return lastError != null;
    }
  }
}
