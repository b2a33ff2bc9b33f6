package dev.parallax.extract;

/** A document that cannot be turned into an article, with the place and the reason. */
public final class ExtractionException extends Exception {

  private final String origin;
  private final String reason;

  public ExtractionException(String origin, String reason) {
    super(origin + ": " + reason);
    this.origin = origin;
    this.reason = reason;
  }

  public String origin() {
    return origin;
  }

  public String reason() {
    return reason;
  }
}
