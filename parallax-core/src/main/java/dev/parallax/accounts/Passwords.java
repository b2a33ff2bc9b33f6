package dev.parallax.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id through Password4j, at OWASP's recommended cost (19 MiB, 2 passes, one
 * lane). A hash carries its parameters, so hashes made at another cost still verify.
 */
public final class Passwords {

  /** Shorter passwords are refused; longer than {@link #MAX} too (hashing a megabyte is a denial of service). */
  public static final int MIN = 10;

  public static final int MAX = 200;

  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

  /** Verified against when there is no account, so an unknown address costs the same time as a wrong password. */
  private static final String DUMMY = hash("parallax-no-such-account");

  private Passwords() {}

  public static String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
  }

  /** Whether {@code password} matches {@code hash}; a null hash is checked against a dummy and fails. */
  public static boolean verify(String password, String hash) {
    if (password == null) return false;
    if (hash == null) {
      Password.check(password, DUMMY).with(ARGON2ID);
      return false;
    }
    try {
      return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    } catch (RuntimeException e) {
      return false; // not an Argon2 hash: nothing matches it
    }
  }

  /** Refuses a password too short or too long, with a message saying so. */
  public static void check(String password) {
    if (password == null || password.length() < MIN)
      throw new IllegalArgumentException("the password must be at least " + MIN + " characters long");
    if (password.length() > MAX)
      throw new IllegalArgumentException("the password must be at most " + MAX + " characters long");
  }
}
