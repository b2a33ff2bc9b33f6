package dev.parallax.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * An account, without its password hash (which never leaves {@link Accounts}).
 *
 * @param id random, stable, not guessable
 * @param email normalised (see {@link Emails#normalise}), unique
 * @param memberUntil when membership ends (a trial, an invitation for N days), or null when it does not
 */
public record User(String id, String email, Role role, Instant memberUntil, Instant created) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(created, "created");
  }

  /** Whether members-only titles are open to this account at {@code now}. */
  public boolean readsMembersOnly(Instant now) {
    return role == Role.ADMIN || (role == Role.MEMBER && (memberUntil == null || now.isBefore(memberUntil)));
  }
}
