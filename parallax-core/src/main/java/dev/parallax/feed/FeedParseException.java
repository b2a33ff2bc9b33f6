package dev.parallax.feed;

/** A body that is not a readable feed, naming where it came from and what was wrong. */
public final class FeedParseException extends Exception {

  private final String origin;
  private final String reason;

  public FeedParseException(String origin, String reason, Throwable cause) {
    super(origin + ": " + reason, cause);
    this.origin = origin;
    this.reason = reason;
  }

  public FeedParseException(String origin, String reason) {
    this(origin, reason, null);
  }

  public String origin() {
    return origin;
  }

  public String reason() {
    return reason;
  }
}
