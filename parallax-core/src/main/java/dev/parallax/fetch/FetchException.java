package dev.parallax.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** A fetch that gave no body, naming the URI and why. Subclasses carry the data of expected outcomes. */
public class FetchException extends Exception {

  private final URI uri;
  private final String reason;

  public FetchException(URI uri, String reason) {
    this(uri, reason, null);
  }

  public FetchException(URI uri, String reason, Throwable cause) {
    super(uri + ": " + reason, cause);
    this.uri = uri;
    this.reason = reason;
  }

  public URI uri() {
    return uri;
  }

  public String reason() {
    return reason;
  }

  /** Whether trying again later may succeed (timeouts, 5xx, rate limits) rather than needing a fix. */
  public boolean transientFailure() {
    return true;
  }

  /** 304: nothing changed since the validators were issued. */
  public static final class NotModified extends FetchException {
    private final Validators validators;

    public NotModified(URI uri, Validators validators) {
      super(uri, "not modified");
      this.validators = validators;
    }

    /** The validators to send next time (the server's, or the ones sent when it repeated none). */
    public Validators validators() {
      return validators;
    }
  }

  /** 429 or 503: the server asks us to come back later. */
  public static final class TooManyRequests extends FetchException {
    private final Duration retryAfter;

    public TooManyRequests(URI uri, int status, Duration retryAfter) {
      super(uri, "HTTP " + status + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s"));
      this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }
  }

  /** Any other non-2xx answer. */
  public static final class HttpStatus extends FetchException {
    private final int status;

    public HttpStatus(URI uri, int status) {
      super(uri, "HTTP " + status);
      this.status = status;
    }

    public int status() {
      return status;
    }

    @Override
    public boolean transientFailure() {
      return status >= 500 || status == 408;
    }
  }

  /** Not fetched on purpose: a private address, a bad scheme, a limit exceeded. */
  public static final class Refused extends FetchException {
    public Refused(URI uri, String reason) {
      super(uri, reason);
    }

    @Override
    public boolean transientFailure() {
      return false;
    }
  }
}
