package dev.parallax.accounts;

import java.util.Locale;

/** What an account may do: read members-only titles (member), and run the installation too (admin). */
public enum Role {
  ADMIN,
  MEMBER,
  /** Signed in, not a member. */
  READER;

  /** The stored and printed name: admin, member, reader. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named {@code id} (any case); the message lists the names. */
  public static Role of(String id) {
    for (Role r : values()) if (r.id().equalsIgnoreCase(id == null ? "" : id.strip())) return r;
    throw new IllegalArgumentException("no role \"" + id + "\": admin, member or reader");
  }
}
