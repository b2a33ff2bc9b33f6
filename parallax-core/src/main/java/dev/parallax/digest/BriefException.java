package dev.parallax.digest;

import java.time.Instant;
import java.util.Objects;

/**
 * A story's brief could not be built, now or a short while ago for the same articles: the story is served
 * without one (its coverage stays readable) until the failure is old or the story changes.
 */
public final class BriefException extends Exception {

  /**
   * @param storyId the story
   * @param signature its membership when the brief failed (see {@link Digests#signature})
   * @param at when it failed
   * @param reason why, for logs and admins: the failure's type and message
   * @param retryAt from when a request builds it again
   */
  public record Failure(String storyId, String signature, Instant at, String reason, Instant retryAt) {
    public Failure {
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(signature, "signature");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(retryAt, "retryAt");
    }
  }

  private final transient Failure failure;

  BriefException(Failure failure, Throwable cause) {
    super("cannot brief story " + failure.storyId() + ": " + failure.reason(), cause);
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }
}
