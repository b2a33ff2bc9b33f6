package dev.parallax.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * A code that lets one person sign up (when sign-up is by invitation, or always), used once.
 *
 * @param member whether the account it makes is a member
 * @param memberDays for how many days membership lasts from sign-up, or null for no end
 * @param createdBy the admin who made it, or null (the CLI, or an account since deleted)
 * @param usedBy the account it made, or null while unused (or once that account is deleted)
 * @param used when it was used, or null
 */
public record Invitation(String code, boolean member, Integer memberDays, Instant created, String createdBy, String usedBy, Instant used) {

  public Invitation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(created, "created");
    if (memberDays != null && memberDays < 1)
      throw new IllegalArgumentException("membership days must be at least 1, was " + memberDays);
  }

  public boolean isUsed() {
    return used != null;
  }
}
