package dev.parallax.domain;

import java.util.Objects;

/** A piece of a page or text that extraction cut from the body, with the reason, so a reader can audit it. */
public record Removed(String text, String reason) {

  /** Reasons used across extractors; free text is allowed, these keep the vocabulary small. */
  public static final String PAYWALL = "paywall";
  public static final String NEWSLETTER = "newsletter";
  public static final String CAPTION = "caption";
  public static final String CREDIT = "credit";
  public static final String RELATED_LINK = "related-link";
  public static final String NAVIGATION = "navigation";
  public static final String COMMENT = "comment";
  public static final String METADATA = "metadata";
  public static final String CALL_TO_ACTION = "call-to-action";
  public static final String DUPLICATE = "duplicate";
  /** A post embedded from a social network (a tweet, an Instagram post): quoted, not written by the outlet. */
  public static final String EMBED = "embed";
  /** A box summing up the story in a few lines ("Story highlights", "Key points") ahead of the body. */
  public static final String HIGHLIGHTS = "highlights";
  public static final String BOILERPLATE = "boilerplate";

  public Removed {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
