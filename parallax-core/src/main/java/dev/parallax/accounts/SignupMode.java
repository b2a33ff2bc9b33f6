package dev.parallax.accounts;

import java.util.Locale;

/** Who may make an account on the web: anyone, someone with an invitation code, or nobody (admins add them). */
public enum SignupMode {
  OPEN,
  INVITE,
  CLOSED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SignupMode of(String id) {
    for (SignupMode m : values()) if (m.id().equalsIgnoreCase(id == null ? "" : id.strip())) return m;
    throw new IllegalArgumentException("no sign-up mode \"" + id + "\": open, invite or closed");
  }
}
