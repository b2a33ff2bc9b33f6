package dev.parallax.server;

import java.time.Instant;

/**
 * Who is asking. Every route decides from this what a request may see and change, so the rule for
 * members-only text lives in one place ({@link #readsMembersOnly}) rather than in each page.
 *
 * @param userId the account's id, or null for an anonymous reader
 * @param email the account's email, or null
 * @param role what the account may do
 * @param memberUntil when a member's membership ends (a trial, an invitation with an end), or null when
 *     it does not end; ignored for roles other than {@link Role#MEMBER}
 */
public record Viewer(String userId, String email, Role role, Instant memberUntil) {

  /** Roles, from least to most trusted. */
  public enum Role {
    ANONYMOUS,
    /** Signed in, not a member. */
    READER,
    MEMBER,
    ADMIN
  }

  public static final Viewer ANONYMOUS = new Viewer(null, null, Role.ANONYMOUS, null);

  public Viewer {
    if (role == null) throw new IllegalArgumentException("a viewer needs a role");
    if ((userId == null) != (role == Role.ANONYMOUS))
      throw new IllegalArgumentException("only an anonymous viewer has no account");
  }

  public boolean signedIn() {
    return role != Role.ANONYMOUS;
  }

  public boolean admin() {
    return role == Role.ADMIN;
  }

  /** Whether members-only articles may be read in full: admins, and members whose membership is current. */
  public boolean readsMembersOnly(Instant now) {
    return role == Role.ADMIN || (role == Role.MEMBER && (memberUntil == null || now.isBefore(memberUntil)));
  }
}
