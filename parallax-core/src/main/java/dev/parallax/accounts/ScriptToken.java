package dev.parallax.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * A token an account's scripts send as {@code Authorization: Bearer}, acting as that account; revocable
 * one by one. The token itself is shown once, when made; only its hash is kept.
 */
public record ScriptToken(String id, String userId, String name, Instant created, Instant lastUsed) {

  public ScriptToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
  }
}
